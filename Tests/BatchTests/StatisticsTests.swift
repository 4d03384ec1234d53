import Assessment
import Audit
import Foundation
import TestSupport
import Testing

@Suite struct StatisticsTests {
    // Type 7: h = (n − 1)p. For 1, 2, 3, 4: q1 at h = 0.75 → 1.75, median at 1.5 → 2.5,
    // q3 at 2.25 → 3.25; mean 2.5.
    @Test func evenCountInterpolates() throws {
        let s = try #require(Statistics([4, 1, 3, 2]))
        #expect(s == Statistics(count: 4, mean: 2.5, median: 2.5, q1: 1.75, q3: 3.25, min: 1, max: 4))
    }

    // 0, 0.12, 0.18, 0.59, 1: h = 1, 2, 3 fall on values; mean 1.89 / 5 = 0.378.
    @Test func oddCountFallsOnValues() throws {
        let s = try #require(Statistics([0.59, 0, 1, 0.18, 0.12]))
        #expect(s == Statistics(count: 5, mean: 0.378, median: 0.18, q1: 0.12, q3: 0.59, min: 0, max: 1))
    }

    @Test func singleValueAndNone() throws {
        #expect(Statistics([2.35]) == Statistics(count: 1, mean: 2.35, median: 2.35, q1: 2.35, q3: 2.35, min: 2.35, max: 2.35))
        #expect(Statistics([]) == nil)
        #expect(ScoreDistribution().statistics == nil)
    }

    @Test func distributionGivesTheSameFiguresAsTheList() throws {
        let values = [2.35, 1.1, 4.0, 2.35, 0.05, 3.99, 1.1, 2.8]
        #expect(ScoreDistribution(values).statistics == Statistics(values))
        // Eight values: q1 at h = 1.75 → 1.1; median at 3.5 → (2.35 + 2.35) / 2; q3 at 5.25 → 2.8 + 0.25 × 1.19.
        #expect(ScoreDistribution(values).quantile(0.75) == 3.0975)
        #expect(ScoreDistribution(values).statistics?.median == 2.35)
    }

    // Mid-rank: (below + equal / 2) / n × 100.
    @Test func percentileRank() throws {
        let sorted = [1.0, 2, 3, 4, 5]
        #expect(Statistics.percentileRank(of: 3, in: sorted) == 50)
        #expect(Statistics.percentileRank(of: 1, in: sorted) == 10)
        #expect(Statistics.percentileRank(of: 5, in: sorted) == 90)
        #expect(Statistics.percentileRank(of: 9, in: sorted) == 100)
        let d = ScoreDistribution([1, 2, 2, 4])
        #expect(d.percentileRank(of: 2) == 50)   // (1 + 2/2) / 4
        #expect(d.percentileRank(of: 0.5) == 0)
    }

    @Test func distributionRoundTripsThroughJSON() throws {
        let d = ScoreDistribution([0.12, 0.12, 3.5])
        let json = try JSONEncoder().encode(d)
        #expect(String(decoding: json, as: UTF8.self) == "[[0.12,2],[3.5,1]]")
        #expect(try JSONDecoder().decode(ScoreDistribution.self, from: json) == d)
    }

    /// Values outside 0–10 (a gap, a score on a longer scale) are kept apart from the dense
    /// counts and still come out in order.
    @Test func valuesOutsideTheUsualScaleKeepTheirOrder() throws {
        let d = ScoreDistribution([12.34, -1, 5.5, 0, 10, 10.01, -0.5])
        #expect(String(decoding: try JSONEncoder().encode(d), as: UTF8.self) == "[[-1,1],[-0.5,1],[0,1],[5.5,1],[10,1],[10.01,1],[12.34,1]]")
        #expect(d.statistics?.min == -1 && d.statistics?.max == 12.34 && d.statistics?.median == 5.5)
        #expect(d.percentileRank(of: 10) == 64.285714)  // (4 + 1/2) / 7
        #expect(d.counts == [-100: 1, -50: 1, 0: 1, 550: 1, 1000: 1, 1001: 1, 1234: 1])
        #expect(d == ScoreDistribution([-0.5, 10.01, 0, 12.34, 10, 5.5, -1]))
        #expect(d != ScoreDistribution([-0.5, 10.01, 0, 12.34, 10, 5.5, -2]))
    }
}

@Suite struct PeerAggregatorTests {
    static func scores(_ overall: Double, type: String, region: String) -> PeerAggregator.Scores {
        PeerAggregator.Scores(type: type, region: region, period: "2026-27", overall: overall,
                              topics: ["cyber-resilience": overall], domains: ["RES-GOV": overall])
    }

    static let sample: PeerAggregator = {
        var a = PeerAggregator()
        a.add(scores(0, type: "district", region: "South East"))
        a.add(scores(0.12, type: "district", region: "South East"))
        a.add(scores(0.18, type: "district", region: "North East"))
        a.add(scores(0.59, type: "county", region: "South East"))
        a.add(scores(1, type: "county", region: "South East"))
        return a
    }()

    @Test func groupsAllTypesAndRegions() throws {
        let b = Self.sample.benchmark(anonymised: false, minGroup: 1)
        #expect(b.all.bodies == 5)
        #expect(b.all.overall.map { Statistics(count: $0.count, mean: $0.mean, median: $0.median, q1: $0.q1, q3: $0.q3, min: $0.min, max: $0.max) }
                == Statistics(count: 5, mean: 0.378, median: 0.18, q1: 0.12, q3: 0.59, min: 0, max: 1))
        // district 0, 0.12, 0.18: q1 at h = 0.5 → 0.06, q3 at 1.5 → 0.15.
        let district = try #require(b.types["district"]?.overall)
        #expect([district.q1, district.median, district.q3] == [0.06, 0.12, 0.15])
        // county 0.59, 1: median 0.795, q1 0.6925, q3 0.8975.
        let county = try #require(b.types["county"]?.overall)
        #expect([county.q1, county.median, county.q3] == [0.6925, 0.795, 0.8975])
        #expect(b.regions["South East"]?.bodies == 4)
        #expect(b.regions["South East"]?.overall?.distribution == nil)
        #expect(b.all.domains["RES-GOV"]?.median == 0.18)
        #expect(b.all.domains["RES-GOV"]?.distribution == ScoreDistribution([0, 0.12, 0.18, 0.59, 1]))
        #expect(b.types["district"]?.domains["RES-GOV"]?.distribution == ScoreDistribution([0, 0.12, 0.18]))
        #expect(b.regions["South East"]?.domains["RES-GOV"]?.distribution == nil)
        #expect(b.all.topics["cyber-resilience"]?.distribution == ScoreDistribution([0, 0.12, 0.18, 0.59, 1]))
        #expect(b.periods == ["2026-27"])
    }

    @Test func smallGroupsAreSuppressed() throws {
        let named = Self.sample.benchmark(anonymised: false, minGroup: 3)
        #expect(named.types["county"] == PeerGroup(bodies: 2, suppressed: true, overall: nil, topics: [:], domains: [:]))
        #expect(named.types["district"]?.suppressed == false)
        let anonymous = Self.sample.benchmark(anonymised: true, minGroup: 3)
        #expect(anonymous.types.keys.sorted() == ["district"])
        #expect(anonymous.regions.keys.sorted() == ["South East"])
        #expect(anonymous.omittedGroups == 2)
        #expect(anonymous.all.suppressed == false)
        let tooFew = Self.sample.benchmark(anonymised: true, minGroup: 6)
        #expect(tooFew.all == PeerGroup(bodies: 5, suppressed: true, overall: nil, topics: [:], domains: [:]))
        #expect(tooFew.types.isEmpty && tooFew.regions.isEmpty)
    }

    @Test func benchmarkJSONRoundTrips() throws {
        let b = Self.sample.benchmark(anonymised: true, minGroup: 2)
        try withTemporaryDirectory { temporary in
            let path = temporary + "/benchmark.json"
            try Data(b.json()).write(to: URL(fileURLWithPath: path))
            #expect(try PeerBenchmark.load(path) == b)
        }
    }
}
