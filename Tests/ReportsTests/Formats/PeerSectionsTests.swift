@testable import Assessment
import Audit
import Foundation
import TestSupport
import Testing
@testable import Reports

/// Peer figures in every format, on a benchmark small enough to work out by hand.
///
/// Five bodies: four districts and one county. Overall and `cyber-resilience` scores are
/// 1, 2, 3, 4 (districts) and 2.61 (county); `gov` 1, 2, 3, 4 and 3; `inc` 0, 1, 2, 4 and 1.
/// The sample report (a district) scores 2.61 overall and in the topic, 3 in `gov`, 1 in `inc`.
/// Type 7 quartiles of all five, and mid-rank percentiles among all five and the four districts:
/// - overall and topic: 1, 2, 2.61, 3, 4 → Q1 2, median 2.61, Q3 3; 2.61 → (2 + ½)/5 = 50th,
///   among districts (2 + 0)/4 = 50th.
/// - gov: 1, 2, 3, 3, 4 → Q1 2, median 3, Q3 3; 3 → (2 + 2/2)/5 = 60th, districts (2 + ½)/4 = 62.5th.
/// - inc: 0, 1, 1, 2, 4 → Q1 1, median 1, Q3 2; 1 → (1 + 2/2)/5 = 40th, districts (1 + ½)/4 = 37.5th.
@Suite struct PeerSectionsTests {
    static func benchmark() -> PeerBenchmark {
        var a = PeerAggregator()
        func add(_ type: String, _ overall: Double, gov: Double, inc: Double) {
            a.add(PeerAggregator.Scores(type: type, region: nil, period: "2024/25", overall: overall,
                                        topics: ["cyber-resilience": overall], domains: ["gov": gov, "inc": inc]))
        }
        add("district", 1, gov: 1, inc: 0)
        add("district", 2, gov: 2, inc: 1)
        add("district", 3, gov: 3, inc: 2)
        add("district", 4, gov: 4, inc: 4)
        add("county", 2.61, gov: 3, inc: 1)
        return a.benchmark(anonymised: false, minGroup: 1)
    }

    static func report() throws -> Report {
        var report = Sample.report
        report.topics[0].domains[0].title = "Gov <b>&</b> | *x* [l](u)"
        return try report.withPeers(from: benchmark())
    }

    static func render(_ format: ReportFormat) throws -> String {
        String(decoding: try ReportRenderer.render(try report(), as: format), as: UTF8.self)
    }

    @Test func figuresAreTheHandComputedOnes() throws {
        let peers = try #require(try Self.report().peers)
        #expect(peers.bodies == 5)
        typealias Figure = PeerComparison.Figure
        let overall = Figure(key: "overall", median: 2.61, q1: 2, q3: 3, percentile: 50, percentileInType: 50)
        #expect(peers.overall == overall)
        let expected: [Figure] = [
            Figure(key: "cyber-resilience", median: 2.61, q1: 2, q3: 3, percentile: 50, percentileInType: 50),
            Figure(key: "gov", median: 3, q1: 2, q3: 3, percentile: 60, percentileInType: 62.5),
            Figure(key: "inc", median: 1, q1: 1, q3: 2, percentile: 40, percentileInType: 37.5),
        ]
        #expect(peers.figures == expected)
    }

    @Test func text() throws {
        let text = try Self.render(.text)
        #expect(text.contains("""

            Peers: 5 bodies (quartiles of their scores; this body's percentile among all and among its type)
                                         Score    Q1  Median    Q3  Pctile  In type
            Overall                       2.61  2.00    2.61  3.00      50       50
            Cyber resilience              2.61  2.00    2.61  3.00      50       50
              Gov <b>&</b> | *x* [l](u)   3.00  2.00    3.00  3.00      60       63
              Incident response           1.00  1.00    1.00  2.00      40       38

            """))
        #expect(!text.contains("\u{1B}"))
    }

    @Test func markdown() throws {
        let md = try Self.render(.md)
        #expect(md.contains("""

            ## Peer comparison

            Compared with 5 bodies: the peers' median and middle half (first to third quartile) of each score, and this body's percentile (0–100, mid-rank) among all bodies and among bodies of its type.

            | Score | This body | Peer Q1 | Peer median | Peer Q3 | Percentile | Percentile in type |
            |---|---:|---:|---:|---:|---:|---:|
            | Overall (overall) | 2.61 | 2.00 | 2.61 | 3.00 | 50 | 50 |
            | Cyber resilience (cyber-resilience) | 2.61 | 2.00 | 2.61 | 3.00 | 50 | 50 |
            | › Gov &lt;b&gt;&amp;&lt;/b&gt; \\| \\*x\\* \\[l\\](u) (gov) | 3.00 | 2.00 | 3.00 | 3.00 | 60 | 63 |
            | › Incident response  (inc) | 1.00 | 1.00 | 1.00 | 2.00 | 40 | 38 |

            """))
    }

    @Test func html() throws {
        let html = try Self.render(.html)
        #expect(html.contains("""
            <section id="peers">
            <h2>Peer comparison</h2>
            """))
        #expect(html.contains("<tr class=\"group\"><td>Overall <span class=\"id\">overall</span></td><td class=\"num\">2.61</td><td class=\"num\">2.00</td><td class=\"num\">2.61</td><td class=\"num\">3.00</td><td class=\"num\">50</td><td class=\"num\">50</td></tr>\n"))
        #expect(html.contains("<tr class=\"item\"><td>› Gov &lt;b&gt;&amp;&lt;/b&gt; | *x* [l](u) <span class=\"id\">gov</span></td><td class=\"num\">3.00</td><td class=\"num\">2.00</td><td class=\"num\">3.00</td><td class=\"num\">3.00</td><td class=\"num\">60</td><td class=\"num\">63</td></tr>\n"))
        #expect(html.contains("<tr class=\"item\"><td>› Incident response  <span class=\"id\">inc</span></td><td class=\"num\">1.00</td><td class=\"num\">1.00</td><td class=\"num\">1.00</td><td class=\"num\">2.00</td><td class=\"num\">40</td><td class=\"num\">38</td></tr>\n"))
        #expect(!html.contains("<b>&</b>"))
    }

    @Test func csv() throws {
        let lines = try Self.render(.csv).split(whereSeparator: \.isNewline)
        #expect(lines[0].hasSuffix(",references,comment,evidence,justification,report_status,peer_bodies,domain_peer_q1,domain_peer_median,domain_peer_q3,domain_peer_percentile,domain_peer_percentile_in_type,topic_peer_q1,topic_peer_median,topic_peer_q3,topic_peer_percentile,topic_peer_percentile_in_type,overall_peer_q1,overall_peer_median,overall_peer_q3,overall_peer_percentile,overall_peer_percentile_in_type"))
        let gov = try #require(lines.first { $0.contains(",gov,GOV-1,") })
        #expect(gov.hasSuffix(",5,2,3,3,60,62.5,2,2.61,3,50,50,2,2.61,3,50,50"))
        let inc = try #require(lines.first { $0.contains(",inc,INC-1,") })
        #expect(inc.hasSuffix(",5,1,1,2,40,37.5,2,2.61,3,50,50,2,2.61,3,50,50"))
        let b5 = try #require(lines.first { $0.contains(",b5,") })
        #expect(b5.hasSuffix(",5,,,,,,,,,,,2,2.61,3,50,50"))
    }

    @Test func withoutPeersNothingIsAdded() throws {
        var report = Sample.report
        report.peers = nil
        for format in [ReportFormat.text, .md, .html, .csv] {
            let out = String(decoding: try ReportRenderer.render(report, as: format), as: UTF8.self)
            #expect(!out.contains("Peer comparison") && !out.contains("peer_bodies") && !out.contains("Peers:"))
        }
    }

    @Test func anOlderBenchmarkWithoutDomainDistributionsIsStillRead() throws {
        var old = Self.benchmark()
        old.all.domains = old.all.domains.mapValues { var a = $0; a.distribution = nil; return a }
        old.types = old.types.mapValues { group in
            var g = group
            g.domains = g.domains.mapValues { var a = $0; a.distribution = nil; return a }
            return g
        }
        try withTemporaryDirectory { temporary in
            let path = temporary + "/benchmark.json"
            try Data(old.json()).write(to: URL(fileURLWithPath: path))
            let read = try PeerBenchmark.load(path)
            let figures = read.comparison(for: Sample.report).figures
            let gov = PeerComparison.Figure(key: "gov", median: 3, q1: 2, q3: 3, percentile: nil, percentileInType: nil)
            #expect(figures.first { $0.key == "gov" } == gov)
            #expect(figures.first { $0.key == "cyber-resilience" }?.percentile == 50)
        }
    }

    @Test func verifyAcceptsTheDomainPercentiles() throws {
        let report = try Self.report()
        let verification = ReportVerifier.checkPeers(report, benchmark: Self.benchmark(), benchmarkPath: "benchmark.json")
        #expect(verification.findings.isEmpty)
        var edited = report
        edited.peers?.figures[1].percentile = 99
        #expect(ReportVerifier.checkPeers(edited, benchmark: Self.benchmark(), benchmarkPath: "benchmark.json").findings.map(\.subject) == ["peers.figures[gov].percentile"])
    }
}
