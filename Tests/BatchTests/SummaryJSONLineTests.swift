import Assessment
import Foundation
import Synthetic
import TestSupport
import Testing
@testable import Batch

/// A body's `summary.jsonl` line is written straight into bytes; building a `JSONObject` of
/// its members and taking its text is the oracle it must match byte for byte.
@Suite struct SummaryJSONLineTests {
    typealias F = BatchFixtures

    /// The line as `JSONObject` builds it. (A completeness that is not a number, which
    /// scoring never gives, is `null` here as in the line, not an empty value.)
    static func oracle(_ s: BodySummary) -> [UInt8] {
        var json = JSONObject()
        json["completeness"] = Number.json(s.completeness)
        json["domains"] = JSONObject.scores(s.scores.domains)
        json["file"] = JSONObject.string(s.file)
        json["id"] = JSONObject.string(s.id)
        json["name"] = JSONObject.string(s.name)
        json["overall"] = Number.json(s.scores.overall)
        json["period"] = JSONObject.string(s.period)
        json["region"] = s.scores.region.map(JSONObject.string) ?? "null"
        json["status"] = JSONObject.string(s.status.rawValue)
        json["topics"] = JSONObject.scores(s.scores.topics)
        json["type"] = s.scores.type.map(JSONObject.string) ?? "null"
        json["weakestLink"] = s.weakestLink.map(String.init) ?? "null"
        return Array((json.text + "\n").utf8)
    }

    static func expectSameBytes(_ s: BodySummary, _ name: String) {
        let line = SummaryJSONLine.named(s)
        let expected = oracle(s)
        if line != expected {
            Issue.record(Comment(rawValue: "\(name): \(String(decoding: line, as: UTF8.self).debugDescription) is not \(String(decoding: expected, as: UTF8.self).debugDescription)"))
        }
    }

    /// Scores in the summaries: two decimals, halves away from zero, no `-0.00`; a value too
    /// large to print exactly is left out, not a trap.
    @Test func scoresHaveTwoDecimals() {
        let cases: [(Double?, String)] = [(2.5, "2.50"), (0.07, "0.07"), (10, "10.00"), (0, "0.00"), (-0.004, "0.00"), (-0.005, "-0.01"),
                                          (-2.345, "-2.35"), (1.005, "1.00"), (123_456.789, "123456.79"), (nil, ""), (.nan, ""), (-.infinity, ""),
                                          (1e300, "")]
        for (value, text) in cases {
            #expect(Number.score(value) == text, "\(String(describing: value))")
            #expect(Number.json(value) == (text.isEmpty ? "null" : text))
        }
    }

    @Test func generatedBodies() throws {
        let scorer = Scorer(library: F.library)
        let generator = SyntheticBodies(library: F.library, seed: 3)
        for index in 0..<40 {
            let report = try scorer.score(generator.answers(index), file: "bodies/generated-\(index).yaml", answersSHA256: String(repeating: "0", count: 64))
            let summary = BodySummary(report: report, file: "bodies/generated-\(index).yaml", idMark: nil)
            Self.expectSameBytes(summary, "body \(index)")
            // The line parses back as JSON.
            #expect(try JSONSerialization.jsonObject(with: Data(SummaryJSONLine.named(summary))) is [String: Any])
        }
    }

    /// Texts needing every escape (U+2028 and U+2029 among other characters and next to each
    /// other), scores at the edges of rounding and off the scale, missing values, and group
    /// and score keys that sort differently by bytes.
    @Test func awkwardTextsScoresAndKeys() throws {
        let report = try Scorer(library: F.library).score(file: Repository.demoAnswers)
        var summary = BodySummary(report: report, file: "demo.yaml", idMark: nil)
        let pieces = ["plain ", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}", "\u{2027}", "é", "e\u{301}", "😀", "\u{80}", "\u{A8}", "€"]
        let scores: [Double?] = [nil, 0, -0.004, 0.005, 0.015, 2.345, -2.5, 10, 99.995, 123_456.789, -0.0, .nan, .infinity]
        var state: UInt64 = 9
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % n
        }
        for round in 0..<300 {
            var text = ""
            for _ in 0..<(round % 12) { text += pieces[next(pieces.count)] }
            summary.name = text
            summary.file = String(text.reversed()) + ".yaml"
            summary.id = round % 2 == 0 ? "E0700000\(round % 10)" : text
            summary.period = round % 3 == 0 ? "2026-27" : text
            summary.scores.region = round % 4 == 0 ? nil : text
            summary.scores.type = round % 5 == 0 ? nil : "\(text)\u{2028}"
            summary.scores.overall = scores[next(scores.count)]
            summary.completeness = scores[next(scores.count)] ?? 0
            summary.weakestLink = [nil, 0, 3, -1, 1_000_000][round % 5]
            summary.status = BodySummary.Status.allCases[round % 3]
            summary.scores.topics = round % 7 == 0 ? [:] : ["b": scores[next(scores.count)] ?? 1, "B": 2, "a\(text)": -1, "é": 0.5, "e\u{301}x": 0.25]
            summary.scores.domains = [text: scores[next(scores.count)] ?? 3, "RES-GOV": 1.005, "DAB-LOG": 4.994]
            Self.expectSameBytes(summary, "round \(round)")
        }
    }
}
