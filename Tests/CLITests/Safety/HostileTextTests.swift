import Foundation
import TestSupport
import Testing

/// Text from inputs holding escape sequences and line breaks never reaches the terminal as
/// control bytes, on stdout or stderr, and never starts a line of its own: each command is
/// run on files whose keys and values carry an OSC title sequence, a colour sequence and a
/// line break followed by a forged `file:line:column:` diagnostic.
@Suite struct HostileTextTests {
    let library = Repository.root + "/questionnaires"
    let demo = Repository.root + "/questionnaires/examples/demo-council.yaml"
    let scratch: TemporaryFolder

    init() throws { scratch = try TemporaryFolder() }

    /// The hostile text in YAML's double-quoted form: ESC, BEL and a line break.
    static let yamlHostile = #"X\e]0;owned\a\e[31mY\nforged.yaml:1:1: forged"#
    /// The same text in JSON's form.
    static let jsonHostile = #"X\u001b]0;owned\u0007\u001b[31mY\nforged.yaml:1:1: forged"#

    /// Expects no control byte but line breaks and tabs in either stream, and no line that
    /// starts with the forged diagnostic (on stdout only when it is a listing, not an HTML
    /// page, where a line break is white space).
    func expectClean(_ result: CLIRunner.Result, stdoutIsPage: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) {
        for (name, stream) in [("stdout", result.stdout), ("stderr", result.stderr)] {
            let raw = stream.unicodeScalars.filter { scalar in
                scalar.value != 0x0A && scalar.value != 0x09 && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
            }
            #expect(raw.isEmpty, "\(name) holds raw control characters: \(raw.map { String($0.value, radix: 16) })", sourceLocation: sourceLocation)
            if stdoutIsPage, name == "stdout" { continue }
            #expect(!stream.split(separator: "\n").contains { $0.hasPrefix("forged.yaml") }, "\(name) has a forged line:\n\(stream)", sourceLocation: sourceLocation)
        }
    }

    /// The demo answers with `edit` applied, in a fresh folder.
    func answers(_ edit: (String) -> String, name: String = "answers.yaml") throws -> String {
        let dir = try scratch.subfolder()
        let path = dir + "/" + name
        try edit(try String(contentsOfFile: demo, encoding: .utf8)).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// An answers file whose answers hold one more with a hostile key.
    func hostileKey() throws -> String {
        try answers { $0.replacingOccurrences(of: "answers:\n", with: "answers:\n  \"\(Self.yamlHostile)\": none\n") }
    }

    @Test func validateListsHostileKeysEscaped() throws {
        let result = try CLIRunner.run(["validate", try hostileKey(), "--questionnaires", library])
        #expect(result.status == 1)
        #expect(result.stdout.contains(#"X\u{1B}]0;owned\u{7}\u{1B}[31mY\u{A}forged.yaml:1:1: forged"#), "\(result.stdout)")
        expectClean(result)
    }

    @Test func scoreListsHostileKeysEscaped() throws {
        let result = try CLIRunner.run(["score", try hostileKey(), "--questionnaires", library])
        #expect(result.status == 1)
        #expect(result.stderr.contains(#"\u{A}forged.yaml:1:1: forged"#), "\(result.stderr)")
        expectClean(result)
    }

    @Test func scoreAndCompareRenderHostileValuesSafely() throws {
        let old = try answers { $0.replacingOccurrences(of: "period: 2026-27", with: "period: 2025-26") }
        let new = try answers { $0.replacingOccurrences(of: "name: Demo District Council", with: "name: \"Demo \(Self.yamlHostile)\"") }
        let score = try CLIRunner.run(["score", new, "--questionnaires", library])
        #expect(score.status == 0, "\(score.stderr)")
        expectClean(score)
        let compare = try CLIRunner.run(["compare", old, new, "--questionnaires", library])
        #expect(compare.status == 0, "\(compare.stderr)")
        expectClean(compare)
    }

    @Test func trendPrintsAHostilePeriodSafely() throws {
        let answers = try answers { $0.replacingOccurrences(of: "period: 2026-27", with: "period: 2025-26") }
        let old = URL(fileURLWithPath: answers).deletingLastPathComponent().path + "/old.json"
        #expect(try CLIRunner.run(["score", answers, "--questionnaires", library, "--format", "json", "-o", old]).status == 0)
        let text = try String(contentsOfFile: old, encoding: .utf8)
        #expect(text.contains("\"period\" : \"2025-26\""))
        try text.replacingOccurrences(of: "\"period\" : \"2025-26\"", with: "\"period\" : \"2025-26 \(Self.jsonHostile)\"").write(toFile: old, atomically: true, encoding: .utf8)
        let new = try self.answers { $0 }
        for format in ["text", "md"] {
            let result = try CLIRunner.run(["trend", old, new, "--format", format, "--questionnaires", library])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("2025-26 X"), "\(result.stdout)")
            expectClean(result)
        }
    }

    @Test func verifyListsFindingsFromAHostileReportEscaped() throws {
        let new = try answers { $0 }
        let dir = URL(fileURLWithPath: new).deletingLastPathComponent().path
        let report = dir + "/report.json"
        #expect(try CLIRunner.run(["score", new, "--questionnaires", library, "--format", "json", "-o", report]).status == 0)
        var text = try String(contentsOfFile: report, encoding: .utf8)
        let period = "\"period\" : \"2026-27\""
        #expect(text.contains(period))
        text = text.replacingOccurrences(of: period, with: "\"period\" : \"\(Self.jsonHostile)\"")
        try text.write(toFile: report, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["verify", report, "--answers", new, "--questionnaires", library])
        #expect(result.status == 1)
        #expect(result.stdout.contains("NOT verified"), "\(result.stdout)")
        expectClean(result)
    }

    @Test func mergeSummarisesHostileConflictsSafely() throws {
        let a = try answers { $0 }
        let b = try answers { $0.replacingOccurrences(of: "RES-GOV-04: named-lead", with: "RES-GOV-04: none") }
        let dir = URL(fileURLWithPath: a).deletingLastPathComponent().path
        let hostile = dir + "/b\u{1B}]0;owned\u{07}\u{1B}[31m\nforged.yaml:1:1: forged.yaml"
        try FileManager.default.moveItem(atPath: b, toPath: hostile)
        let result = try CLIRunner.run(["merge", a, hostile, "--questionnaires", library, "-o", dir + "/merged.yaml"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect((result.stdout + result.stderr).lowercased().contains(#"b\u{1b}]0;owned\u{7}"#), "\(result.stdout)\(result.stderr)")
        expectClean(result)
    }

    @Test func batchDashboardAndPlanHandleHostileTextSafely() throws {
        let bad = try hostileKey()
        let good = try answers { $0.replacingOccurrences(of: "name: Demo District Council", with: "name: \"Demo \(Self.yamlHostile)\"") }
        let dir = URL(fileURLWithPath: good).deletingLastPathComponent().path
        let batch = try CLIRunner.run(["batch", bad, good, "--out", dir + "/out", "--db", dir + "/r.sqlite", "--questionnaires", library])
        #expect(batch.status == 1, "\(batch.stderr)")
        expectClean(batch)
        let dashboard = try CLIRunner.run(["dashboard", "--db", dir + "/r.sqlite", "--questionnaires", library])
        #expect(dashboard.status == 0, "\(dashboard.stderr)")
        expectClean(dashboard, stdoutIsPage: true)
        let trend = try CLIRunner.run(["trend", "--db", dir + "/r.sqlite", "--region", "--questionnaires", library])
        expectClean(trend)
        #expect(try CLIRunner.run(["score", good, "--questionnaires", library, "--format", "json", "-o", dir + "/report.json"]).status == 0)
        // The plan's header comment names the body: its controls are shown, and its line
        // break starts another comment line, never a line of YAML.
        let plan = try CLIRunner.run(["plan", dir + "/report.json"])
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout.hasPrefix(#"# Improvement and implementation plan for Demo X\u{1B}]0;owned\u{7}\u{1B}[31mY"# + "\n# forged.yaml:1:1: forged, 2026-27.\n"), "\(plan.stdout)")
        expectClean(plan)
    }

    @Test func aHostileArgumentIsShownEscapedInAUsageError() throws {
        let result = try CLIRunner.run(["score", "--format", "x\u{1B}]0;owned\u{07}\nforged.yaml:1:1: forged"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(#"x\u{1B}]0;owned\u{7}"#), "\(result.stderr)")
        expectClean(result)
    }

    @Test func importPrintsNoticesAboutHostileKeysEscaped() throws {
        let dir = try scratch.subfolder()
        let fixture = Repository.root + "/Tests/ImportersTests/Fixtures/webcaf-sample-v9.1.yaml"
        let text = try String(contentsOfFile: fixture, encoding: .utf8)
        #expect(text.contains("      ncsc-index: X1.a.NA.1\n"))
        let hostile = dir + "/cyber-assessment-framework-v9.1.yaml"
        try text.replacingOccurrences(of: "      ncsc-index: X1.a.NA.1\n", with: "      \"\(Self.yamlHostile)\": X1.a.NA.1\n")
            .write(toFile: hostile, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["import", "webcaf", hostile, "-o", dir + "/library"])
        #expect(result.stderr.contains(#"\u{1B}]0;owned\u{7}"#), "\(result.stderr)")
        expectClean(result)
    }

    @Test func reviewShowsAHostileReviewerSafely() throws {
        let mine = try answers { $0 }
        let dir = URL(fileURLWithPath: mine).deletingLastPathComponent().path
        func review(sha256: String) throws -> CLIRunner.Result {
            let text = try String(contentsOfFile: demo, encoding: .utf8).replacingOccurrences(of: "period: 2026-27\n", with: """
                period: 2026-27
                review: {of: answers.yaml, sha256: "\(sha256)", reviewer: "\(Self.yamlHostile)", organisation: "Org"}

                """)
            try text.write(toFile: dir + "/review.yaml", atomically: true, encoding: .utf8)
            return try CLIRunner.run(["review", mine, dir + "/review.yaml", "--questionnaires", library])
        }
        // The refusal names the SHA-256 the review must carry.
        let refused = try review(sha256: "0")
        expectClean(refused)
        let match = try #require(refused.stderr.firstMatch(of: /has SHA-256 ([0-9a-f]{64})/))
        let result = try review(sha256: String(match.1))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Reviewed by X"), "\(result.stdout)")
        expectClean(result)
    }
}
