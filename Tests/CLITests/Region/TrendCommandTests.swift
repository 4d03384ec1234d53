import Foundation
import TestSupport
import Testing

/// `trend --db FILE --body ID` against `trend FILE...`: the same page, the same exit codes.
@Suite struct TrendCommandTests {
    let library = Repository.questionnaires

    /// The demo council in 2024-25, 2025-26 and 2026-27 (RES-GOV-04 lowered in the last),
    /// each batched into `dir/region.sqlite`; returns the answers files oldest first.
    func demoPeriods(in dir: String) throws -> [String] {
        let demo = try String(contentsOfFile: library + "/examples/demo-council.yaml", encoding: .utf8)
        var files: [String] = []
        for period in ["2024-25", "2025-26", "2026-27"] {
            var text = demo.replacingOccurrences(of: "period: 2026-27", with: "period: \(period)")
            if period == "2026-27" { text = text.replacingOccurrences(of: "RES-GOV-04: named-lead", with: "RES-GOV-04: none") }
            try FileManager.default.createDirectory(atPath: dir + "/\(period)", withIntermediateDirectories: true)
            let path = dir + "/\(period)/demo.yaml"
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let batch = try CLIRunner.run(["batch", dir + "/\(period)", "--out", dir + "/out-\(period)", "--db", dir + "/region.sqlite", "--questionnaires", library])
            #expect(batch.status == 0, "\(batch.stderr)")
            files.append(path)
        }
        return files
    }

    @Test func theStoreGivesTheTrendOfTheFilesWithTheSameExitCodes() throws {
        try withTemporaryDirectory { dir in
            let files = try demoPeriods(in: dir)
            for format in ["text", "md", "html"] {
                let fromFiles = try CLIRunner.run(["trend"] + files + ["--format", format, "--questionnaires", library])
                let fromStore = try CLIRunner.run(["trend", "--db", dir + "/region.sqlite", "--body", "E07000999", "--format", format, "--questionnaires", library])
                #expect(fromFiles.status == 0 && fromStore.status == 0)
                #expect(fromStore.stdout == fromFiles.stdout, "\(format)")
            }
            let failing = try CLIRunner.run(["trend", "--db", dir + "/region.sqlite", "--body", "E07000999", "--fail-on", "regression", "--questionnaires", library])
            #expect(failing.status == 1)
            #expect(failing.stderr.contains("2025-26 → 2026-27: RES-GOV (Governance and senior ownership): domain score"))
        }
    }

    @Test func anUnknownIdOrAnAnonymisedStoreIsAUsageError() throws {
        try withTemporaryDirectory { dir in
            _ = try demoPeriods(in: dir)
            let unknown = try CLIRunner.run(["trend", "--db", dir + "/region.sqlite", "--body", "E07000998", "--questionnaires", library])
            #expect(unknown.status == 2)
            #expect(unknown.stderr.contains("no assessment of body 'E07000998' (did you mean 'E07000999'?)"))

            let batch = try CLIRunner.run(["batch", dir + "/2026-27", "--out", dir + "/anon", "--db", dir + "/anon.sqlite", "--anonymise", "--min-group", "1", "--questionnaires", library])
            #expect(batch.status == 0, "\(batch.stderr)")
            let anonymised = try CLIRunner.run(["trend", "--db", dir + "/anon.sqlite", "--body", "E07000999", "--questionnaires", library])
            #expect(anonymised.status == 2)
            #expect(anonymised.stderr.contains("anonymised results, with no body names or ids"))

            let both = try CLIRunner.run(["trend", "--db", dir + "/region.sqlite", "--body", "E07000999", "--region"])
            #expect(both.status == 2)
        }
    }
}
