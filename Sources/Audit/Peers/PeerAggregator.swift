import Assessment
/// Builds a `PeerBenchmark` one body at a time. It keeps a `ScoreDistribution` per score and
/// group, never the bodies themselves, so its memory does not grow with the number of bodies.
package struct PeerAggregator: Sendable {
    /// The scores of one body, as the aggregator needs them.
    package struct Scores: Sendable, Equatable {
        package var type: String?
        package var region: String?
        package var period: String
        package var overall: Double?
        /// Topic scores by questionnaire id.
        package var topics: [String: Double]
        /// Domain scores by domain id.
        package var domains: [String: Double]

        package init(type: String?, region: String?, period: String, overall: Double?, topics: [String: Double], domains: [String: Double]) {
            self.type = type
            self.region = region
            self.period = period
            self.overall = overall
            self.topics = topics
            self.domains = domains
        }

        /// The scores of a report.
        package init(_ report: Report) {
            self.init(ReportSummary(report))
        }

        /// The scores of a summary (see `Scorer.summarise`).
        package init(_ summary: ReportSummary) {
            // Sized once: a body's 30-odd scores would otherwise regrow each table five times.
            var topics = [String: Double](minimumCapacity: summary.topics.count)
            var domains = [String: Double](minimumCapacity: summary.domains.count)
            for topic in summary.topics { topics[topic.id] = topic.score }
            for domain in summary.domains { domains[domain.id] = domain.score }
            self.init(type: summary.body.type, region: summary.body.region, period: summary.period,
                      overall: summary.overall.score, topics: topics, domains: domains)
        }
    }

    package struct Accumulator: Sendable {
        package var bodies = 0
        package var overall = ScoreDistribution()
        package var topics: [String: ScoreDistribution] = [:]
        package var domains: [String: ScoreDistribution] = [:]

        package mutating func add(_ scores: Scores) {
            bodies += 1
            if let overall = scores.overall { self.overall.add(overall) }
            for (id, score) in scores.topics { topics[id, default: ScoreDistribution()].add(score) }
            for (id, score) in scores.domains { domains[id, default: ScoreDistribution()].add(score) }
        }

        package func group(minGroup: Int, keepDistributions: Bool) -> PeerGroup {
            guard bodies >= minGroup else {
                return PeerGroup(bodies: bodies, suppressed: true, overall: nil, topics: [:], domains: [:])
            }
            func aggregate(_ d: ScoreDistribution, keep: Bool) -> PeerAggregate? {
                d.statistics.map { PeerAggregate($0, distribution: keep ? d : nil) }
            }
            return PeerGroup(
                bodies: bodies, suppressed: false,
                overall: aggregate(overall, keep: keepDistributions),
                topics: topics.compactMapValues { aggregate($0, keep: keepDistributions) },
                domains: domains.compactMapValues { aggregate($0, keep: keepDistributions) })
        }
    }

    package var all = Accumulator()
    package var types: [String: Accumulator] = [:]
    package var regions: [String: Accumulator] = [:]
    package var periods: Set<String> = []

    package init() {}

    /// The number of bodies added.
    package var bodies: Int { all.bodies }

    /// Adds one body's scores.
    package mutating func add(_ scores: Scores) {
        all.add(scores)
        if let type = scores.type { types[type, default: Accumulator()].add(scores) }
        if let region = scores.region { regions[region, default: Accumulator()].add(scores) }
        periods.insert(scores.period)
    }

    /// The group sizes by type and by region, for suppressing small groups elsewhere.
    package var typeCounts: [String: Int] { types.mapValues(\.bodies) }
    package var regionCounts: [String: Int] { regions.mapValues(\.bodies) }

    /// The benchmark. Groups with fewer than `minGroup` bodies are suppressed; when
    /// `anonymised`, they are left out altogether (a type or region name written by one body
    /// could name it) and only counted in `omittedGroups`. Distributions of the overall, topic
    /// and domain scores are kept for `all` and per type, where percentiles are looked up.
    package func benchmark(anonymised: Bool, minGroup: Int) -> PeerBenchmark {
        var omitted = 0
        func groups(_ accumulators: [String: Accumulator], distributions: Bool) -> [String: PeerGroup] {
            var out: [String: PeerGroup] = [:]
            for (key, accumulator) in accumulators {
                if anonymised, accumulator.bodies < minGroup {
                    omitted += 1
                    continue
                }
                out[key] = accumulator.group(minGroup: minGroup, keepDistributions: distributions)
            }
            return out
        }
        let types = groups(types, distributions: true)
        let regions = groups(regions, distributions: false)
        return PeerBenchmark(
            anonymised: anonymised,
            minGroup: minGroup,
            periods: periods.sorted(),
            all: all.group(minGroup: minGroup, keepDistributions: true),
            types: types,
            regions: regions,
            omittedGroups: omitted)
    }
}
