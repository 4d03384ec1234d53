import Assessment
import CyberYAML
import Foundation

/// Peer aggregates from a batch of scored bodies (`benchmark.json`): statistics of the overall,
/// topic and domain scores for all bodies, per body type and per region.
///
/// Topic aggregates are keyed by questionnaire id (`cyber-resilience`), domain aggregates by
/// domain id (`RES-GOV`); ids are unique across the library, so the two never clash.
/// Groups smaller than `minGroup` carry only their size (`suppressed: true`), so that a
/// published benchmark cannot single out a body. An anonymised benchmark names no body.
package struct PeerBenchmark: Sendable, Codable, Equatable {
    /// The schema name and version of this file format.
    package static let currentSchema = "cyberassess.benchmark/1"

    package var schema: String
    /// Whether the batch was run with `--anonymise` (the file then names no body).
    package var anonymised: Bool
    /// Groups with fewer bodies than this are suppressed.
    package var minGroup: Int
    /// The assessment periods the scored bodies cover.
    package var periods: [String]
    /// Every scored body.
    package var all: PeerGroup
    /// By body type (`district`, `county`, ...); bodies without a type are only in `all`.
    package var types: [String: PeerGroup]
    /// By region; bodies without a region are only in `all`.
    package var regions: [String: PeerGroup]
    /// In an anonymised benchmark, how many types and regions were too small to list.
    package var omittedGroups: Int

    package init(schema: String = PeerBenchmark.currentSchema, anonymised: Bool, minGroup: Int, periods: [String], all: PeerGroup, types: [String: PeerGroup], regions: [String: PeerGroup], omittedGroups: Int = 0) {
        self.schema = schema
        self.anonymised = anonymised
        self.minGroup = minGroup
        self.periods = periods
        self.all = all
        self.types = types
        self.regions = regions
        self.omittedGroups = omittedGroups
    }
}

/// The aggregates of one group of bodies.
package struct PeerGroup: Sendable, Codable, Equatable {
    package var bodies: Int
    /// True when the group is smaller than the minimum size: no figures are given.
    package var suppressed: Bool
    package var overall: PeerAggregate?
    /// By questionnaire id.
    package var topics: [String: PeerAggregate]
    /// By domain id.
    package var domains: [String: PeerAggregate]

    package init(bodies: Int, suppressed: Bool, overall: PeerAggregate?, topics: [String: PeerAggregate], domains: [String: PeerAggregate]) {
        self.bodies = bodies
        self.suppressed = suppressed
        self.overall = overall
        self.topics = topics
        self.domains = domains
    }
}

/// Statistics of one score in a group, with the full distribution where percentiles are
/// computed from it (overall, topic and domain scores in the `all` and per-type groups).
package struct PeerAggregate: Sendable, Codable, Equatable {
    package var count: Int
    package var mean: Double
    package var median: Double
    package var q1: Double
    package var q3: Double
    package var min: Double
    package var max: Double
    /// `[value, count]` pairs; present in the `all` and per-type groups only. Benchmarks
    /// written before domain percentiles have none for domain scores, and are still read:
    /// their domain figures then carry quartiles without percentiles.
    package var distribution: ScoreDistribution?

    package init(_ statistics: Statistics, distribution: ScoreDistribution? = nil) {
        count = statistics.count
        mean = statistics.mean
        median = statistics.median
        q1 = statistics.q1
        q3 = statistics.q3
        min = statistics.min
        max = statistics.max
        self.distribution = distribution
    }

    /// The mid-rank percentile of `score` in this aggregate's distribution.
    package func percentile(of score: Double?) -> Double? {
        guard let score, let distribution else { return nil }
        return distribution.percentileRank(of: score)
    }
}

extension PeerBenchmark {
    /// The canonical JSON: sorted keys, two-space indentation, a final newline.
    package func json() throws(AssessmentError) -> [UInt8] {
        var writer = CanonicalJSONWriter(capacity: 1 << 16)
        guard (try? write(to: &writer)) != nil else {
            // A number JSON cannot hold: the encoder says where it is.
            return try encodedJSON()
        }
        writer.end()
        return writer.copiedBytes()
    }

    /// The canonical JSON through `JSONEncoder`: the oracle `json()` matches byte for byte.
    package func encodedJSON() throws(AssessmentError) -> [UInt8] {
        try CanonicalJSON.encode(self, for: "benchmark.json")
    }

    /// Reads `benchmark.json` under the same size limit as every other input, checking its
    /// schema.
    package static func load(_ path: String, limits: LoaderLimits = .default) throws(AssessmentError) -> PeerBenchmark {
        let bytes = try FileBytes.read(path, limits: limits)
        let benchmark = try CanonicalJSON.decode(PeerBenchmark.self, from: bytes, path: path, expected: "a cyberassess benchmark.json written by 'cyberassess batch'")
        guard benchmark.schema == currentSchema else {
            throw .schema(path: path, expected: "benchmark schema '\(currentSchema)'", found: "'\(benchmark.schema)'; score the bodies again with this version of cyberassess")
        }
        return benchmark
    }

    /// Peer figures for one report: the peer median and quartiles of its overall, topic and
    /// domain scores among all bodies, and its percentile among all bodies and among bodies
    /// of its own type. `overall` has the key `overall`; `figures` lists each topic (keyed by
    /// questionnaire id) followed by its domains (keyed by domain id), in report order.
    /// Scores missing from the benchmark, or in suppressed groups, are left out. A figure has
    /// no percentile where the benchmark keeps no distribution (domain scores in a benchmark
    /// from an earlier version).
    package func comparison(for report: Report) -> PeerComparison {
        let ownType = report.body.type.flatMap { types[$0] }.flatMap { $0.suppressed ? nil : $0 }
        let everyone = all.suppressed ? nil : all
        func figure(_ key: String, score: Double?, _ pick: (PeerGroup) -> PeerAggregate?) -> PeerComparison.Figure? {
            guard let everyone, let aggregate = pick(everyone) else { return nil }
            return PeerComparison.Figure(
                key: key, median: aggregate.median, q1: aggregate.q1, q3: aggregate.q3,
                percentile: aggregate.percentile(of: score),
                percentileInType: ownType.flatMap(pick)?.percentile(of: score))
        }
        var figures: [PeerComparison.Figure] = []
        for topic in report.topics {
            if let f = figure(topic.id, score: topic.score, { $0.topics[topic.id] }) { figures.append(f) }
            for domain in topic.domains {
                if let f = figure(domain.id, score: domain.score, { $0.domains[domain.id] }) { figures.append(f) }
            }
        }
        return PeerComparison(
            bodies: all.bodies,
            overall: figure("overall", score: report.overall.score, \.overall),
            figures: figures)
    }
}
