import Assessment
import Audit
import Batch
import Foundation
import Synthetic
import TestSupport
import Testing

/// A report's canonical JSON is written field by field; `JSONEncoder` (through
/// `CanonicalJSON.encode`) is the oracle it must match byte for byte.
@Suite struct CanonicalJSONWriterTests {
    typealias F = BatchFixtures

    /// Both encodings of `report`, with a diff when they differ.
    static func expectSameBytes(_ report: Report, _ name: String) throws {
        expectSame(direct: try report.canonicalJSON(), oracle: try CanonicalJSON.encode(report), name)
    }

    /// Records a line diff when the direct writer's bytes are not the encoder's.
    static func expectSame(direct: [UInt8], oracle: [UInt8], _ name: String) {
        guard direct != oracle else { return }
        let diff = GoldenFile.lineDiff(expected: String(decoding: oracle, as: UTF8.self), actual: String(decoding: direct, as: UTF8.self))
        Issue.record(Comment(rawValue: "\(name): the direct writer differs from JSONEncoder (- encoder, + writer):\n\(diff)"))
    }

    /// The messages of the direct writer's and the encoder's refusals, which must be the same.
    static func refusals(_ direct: () throws -> [UInt8], _ oracle: () throws -> [UInt8]) -> (direct: String, oracle: String) {
        func message(_ body: () throws -> [UInt8]) -> String {
            do { _ = try body() } catch let error as AssessmentError { return error.problems.map(\.message).joined() } catch { return "\(error)" }
            return ""
        }
        return (message(direct), message(oracle))
    }

    @Test func everyExampleBodyWithAndWithoutItsDigestAndTime() throws {
        let scorer = Scorer(library: F.library)
        let bodies = try FileManager.default.contentsOfDirectory(atPath: Repository.exampleBodies)
            .filter { $0.hasSuffix(".yaml") }.sorted().map { Repository.exampleBodies + "/" + $0 }
        for path in [Repository.demoAnswers] + bodies {
            let source = try SourceFile.read(path)
            let answers = try Scorer.decodeAnswers(source)
            for options in [ScoringOptions(), ScoringOptions(staleAfterMonths: 6, generatedAt: "2026-01-01T00:00:00Z")] {
                let unsealed = try scorer.unsealedReport(answers, file: path, answersSHA256: source.sha256, options: options)
                try Self.expectSameBytes(unsealed, path)
                try Self.expectSameBytes(try unsealed.sealed(), path)
            }
            for profile in F.library.profileIDs {
                let report = try scorer.score(answers, file: path, answersSHA256: source.sha256, options: ScoringOptions(profileName: profile))
                try Self.expectSameBytes(report, path + " (profile \(profile))")
            }
        }
    }

    @Test func theExampleReportsReadBackFromTheirJSON() throws {
        for name in ["demo-council.json", "demo-council-1.0.0.json"] {
            let bytes = try FileBytes.read(Repository.reportExamples + "/" + name, limits: .default)
            let report = try JSONDecoder().decode(Report.self, from: Data(bytes))
            try Self.expectSameBytes(report, name)
        }
    }

    /// Sealing in one buffer (a placeholder for the digest, hashed around) against sealing
    /// the ordinary way and encoding through `JSONEncoder`.
    @Test func sealedJSONOfGeneratedBodiesIsTheEncodedSealedReport() throws {
        let scorer = Scorer(library: F.library)
        let generator = SyntheticBodies(library: F.library, seed: 7)
        for index in 0..<40 {
            let unsealed = try scorer.unsealedReport(generator.answers(index), file: "generated-\(index).yaml", answersSHA256: String(repeating: "0", count: 64))
            let (report, json) = try unsealed.sealedWithJSON()
            let expected = try unsealed.sealed()
            #expect(report == expected, "body \(index)")
            #expect(json == (try CanonicalJSON.encode(expected)), "body \(index)")
        }
    }

    /// Texts with runs of plain bytes between quotes, backslashes and control characters, for
    /// the writer's word-at-a-time scan.
    @Test func escapingOfLongAndAwkwardTexts() throws {
        var report = try Scorer(library: F.library).score(file: Repository.demoAnswers)
        let pieces = ["plain text ", "\"", "\\", "\u{0}", "\u{1F}", "\n", "\t", "/", "é", "—", "🙂", "abcdefgh", "\u{7F}"]
        var state: UInt64 = 3
        for round in 0..<200 {
            var text = ""
            for _ in 0..<(round % 30) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            report.body.name = text
            report.topics[0].domains[0].questions[0].comment = String(text.reversed())
            try Self.expectSameBytes(report, "round \(round)")
        }
    }

    /// A report far larger than the buffer estimated from its questions: the writer moves on
    /// from the array it was lent to a buffer of its own.
    @Test func reportLargerThanItsEstimate() throws {
        var report = try Scorer(library: F.library).score(file: Repository.demoAnswers)
        report.topics[0].domains[0].questions[0].comment = String(repeating: "a long comment \"quoted\" ", count: 40_000)
        try Self.expectSameBytes(report, "large report")
        report.digest = nil
        let (sealed, json) = try report.sealedWithJSON()
        #expect(json == (try CanonicalJSON.encode(try report.sealed())))
        #expect(sealed == (try report.sealed()))
    }

    @Test func generatedBodies() throws {
        let scorer = Scorer(library: F.library)
        for seed: UInt64 in [1, 42] {
            let generator = SyntheticBodies(library: F.library, seed: seed)
            for index in 0..<60 {
                let answers = generator.answers(index)
                let report = try scorer.score(answers, file: "generated-\(seed)-\(index).yaml", answersSHA256: String(repeating: "0", count: 64))
                try Self.expectSameBytes(report, "seed \(seed), body \(index)")
            }
        }
    }

    /// Text that needs escaping, keys that sort differently by bytes and by `String`'s order,
    /// numbers at the edges of Swift's notation, and peer figures.
    @Test func awkwardTextNumbersAndPeers() throws {
        var report = try Scorer(library: F.library).score(file: Repository.demoAnswers)
        report.body.name = "Quote \" back\\slash / \u{0}\u{1}\u{8}\u{9}\u{A}\u{C}\u{D}\u{1F}\u{7F} é 😀 \u{2028}"
        report.body.region = "e\u{301}"
        report.assessor = ""
        report.overall.topicWeights = ["e\u{301}x": 1, "f": 0.1 + 0.2, "\u{FF21}": 1e-7, "\u{10000}": 1e21, "B": -0.0, "a": 123_456_789_012_345_678, "A": 1e15, "C": 1e16 - 1]
        report.overall.score = -2.5e-5
        report.overall.completeness = 5e-324
        report.topics[0].target = 1.7976931348623157e308
        report.topics[0].domains[0].questions[0].comment = "line one\r\nline two\ttabbed"
        report.peers = try JSONDecoder().decode(PeerComparison.self, from: Data("""
            {"bodies": 12, "figures": [{"key": "overall", "median": 2.25, "q1": 1, "q3": 3.5, "percentile": 50}, {"key": "t", "median": 0, "q1": 0, "q3": 0}], "overall": {"key": "overall", "median": 2.25, "q1": 1, "q3": 3.5, "percentileInType": 33.333333333333336}}
            """.utf8))
        try Self.expectSameBytes(report, "awkward report")
        report.peers = try JSONDecoder().decode(PeerComparison.self, from: Data(#"{"bodies": 0, "figures": []}"#.utf8))
        report.overall.topicWeights = [:]
        report.recommendations = []
        try Self.expectSameBytes(report, "empty containers")
    }

    /// A number JSON cannot hold is refused with the encoder's message, naming where it is.
    @Test func aNonFiniteNumberIsRefusedAsTheEncoderRefusesIt() throws {
        var report = try Scorer(library: F.library).score(file: Repository.demoAnswers)
        report.topics[0].domains[0].weight = .nan
        #expect(throws: AssessmentError.self) { try report.canonicalJSON() }
        let (message, oracleMessage) = Self.refusals({ try report.canonicalJSON() }, { try CanonicalJSON.encode(report, for: "the \(report.body.id) report") })
        #expect(message == oracleMessage)
        #expect(message.contains("not finite"))
    }

    // MARK: benchmark.json

    /// Both encodings of `benchmark`, with a diff when they differ.
    static func expectSameBytes(_ benchmark: PeerBenchmark, _ name: String) throws {
        expectSame(direct: try benchmark.json(), oracle: try CanonicalJSON.encode(benchmark), name)
    }

    /// The benchmark of generated bodies, named and anonymised, with groups kept, suppressed
    /// and left out.
    @Test func benchmarkOfGeneratedBodies() throws {
        let scorer = Scorer(library: F.library)
        let generator = SyntheticBodies(library: F.library, seed: 11)
        var aggregator = PeerAggregator()
        for index in 0..<80 {
            let report = try scorer.score(generator.answers(index), file: "generated-\(index).yaml", answersSHA256: String(repeating: "0", count: 64))
            aggregator.add(PeerAggregator.Scores(report))
        }
        #expect(aggregator.typeCounts.count > 1 && aggregator.regionCounts.count > 1)
        for (anonymised, minGroup) in [(false, 1), (false, 12), (true, 5), (true, 12), (true, 81)] {
            let benchmark = aggregator.benchmark(anonymised: anonymised, minGroup: minGroup)
            try Self.expectSameBytes(benchmark, "anonymised \(anonymised), min group \(minGroup)")
        }
    }

    /// Group names that need escaping or sort differently by bytes and by `String`'s order,
    /// scores off the usual scale, an empty benchmark and one from distributions read back.
    @Test func benchmarkWithAwkwardGroupsAndScores() throws {
        let names = ["Quote \" back\\slash", "tab\there", "\u{1}\u{1F}\u{7F}", "e\u{301}", "\u{E9}", "\u{FF21}", "\u{10000}", "B", "a", "A", "10", "9", "/slash/", "\u{2028}"]
        var aggregator = PeerAggregator()
        let values: [Double] = [0, 0.01, 0.07, 0.1 + 0.2, 2.5, 9.99, 10, 10.01, -2.5, 123_456.78, 1e-3, 999_999.99]
        for (i, value) in values.enumerated() {
            let name = names[i % names.count]
            aggregator.add(PeerAggregator.Scores(
                type: i % 3 == 0 ? nil : name, region: names[(i * 5) % names.count], period: i % 2 == 0 ? "2026-27" : "2025-26",
                overall: i % 4 == 0 ? nil : value,
                topics: [name: value, "t": value / 3],
                domains: [names[(i + 1) % names.count]: value, "D-\(i % 2)": -value]))
        }
        for (anonymised, minGroup) in [(false, 1), (true, 1), (true, 2)] {
            try Self.expectSameBytes(aggregator.benchmark(anonymised: anonymised, minGroup: minGroup), "awkward, anonymised \(anonymised), min group \(minGroup)")
        }
        try Self.expectSameBytes(PeerAggregator().benchmark(anonymised: false, minGroup: 1), "no bodies")
        let readBack = try JSONDecoder().decode(PeerBenchmark.self, from: Data(try aggregator.benchmark(anonymised: false, minGroup: 1).json()))
        try Self.expectSameBytes(readBack, "read back")
    }

    /// A figure JSON cannot hold is refused as the encoder refuses it.
    @Test func aNonFiniteBenchmarkFigureIsRefusedAsTheEncoderRefusesIt() throws {
        var benchmark = PeerAggregator().benchmark(anonymised: false, minGroup: 1)
        benchmark.all.overall = PeerAggregate(Statistics(count: 1, mean: .infinity, median: 1, q1: 1, q3: 1, min: 1, max: 1))
        let (message, oracleMessage) = Self.refusals({ try benchmark.json() }, { try CanonicalJSON.encode(benchmark, for: "benchmark.json") })
        #expect(message == oracleMessage)
        #expect(message.contains("not finite"))
    }
}
