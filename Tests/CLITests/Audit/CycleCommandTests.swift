import Foundation
import TestSupport
import Testing

/// The whole assessment cycle from the command line, on the demo council's example set in
/// `reports/examples/cycle/`: the organisation and two critical systems, a reviewer's file and
/// a plan with one action overdue.
@Suite struct CycleCommandTests {
    static let folder = Repository.reportExamples + "/cycle"
    static let library = Repository.questionnaires
    /// The library as the golden files name it: relative to `folder`, the same on every machine.
    static let relativeLibrary = "../../../questionnaires"
    static let cycle = ["council.yaml", "revenues.yaml", "planning.yaml", "--profile", "baseline",
                        "--review", "council.review.yaml", "--plan", "plan.yaml", "--today", "2027-01-15"]

    static func run(_ arguments: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(arguments + ["--questionnaires", library], directory: folder)
    }

    static func expectGolden(_ arguments: [String], _ golden: String) throws {
        let result = try CLIRunner.run(arguments + ["--questionnaires", relativeLibrary], directory: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let regenerate = "cd reports/examples/cycle && cyberassess " + arguments.joined(separator: " ") + " --questionnaires " + relativeLibrary + " -o " + golden
        if let difference = GoldenFile.difference(Array(result.stdout.utf8), goldenAt: folder + "/" + golden, regenerate: regenerate) {
            Issue.record(Comment(rawValue: difference))
        }
    }

    @Test(arguments: [("text", "cycle-report.txt"), ("md", "cycle-report.md"), ("html", "cycle-report.html"), ("json", "cycle-report.json"), ("csv", "cycle-report.csv")])
    func theCycleReportMatchesItsGoldenFile(format: String, golden: String) throws {
        try Self.expectGolden(["score"] + Self.cycle + ["--format", format], golden)
    }

    @Test func theReviewAndThePlanExportMatchTheirGoldenFiles() throws {
        try Self.expectGolden(["review", "council.yaml", "council.review.yaml", "--format", "md"], "review.md")
        try Self.expectGolden(["review", "council.yaml", "council.review.yaml", "--format", "json"], "review.json")
        try Self.expectGolden(["plan", "plan.yaml", "--format", "csv"], "plan.csv")
    }

    @Test func aMixedSetIsRefusedWithThePlaceOfEachMismatch() throws {
        try withTemporaryDirectory { dir in
            let other = try String(contentsOfFile: Self.folder + "/revenues.yaml", encoding: .utf8).replacingOccurrences(of: "period: 2026-27", with: "period: 2025-26")
            try other.write(toFile: dir + "/revenues.yaml", atomically: true, encoding: .utf8)
            let score = try CLIRunner.run(["score", Self.folder + "/council.yaml", dir + "/revenues.yaml", "--questionnaires", Self.library])
            #expect(score.status == 1)
            #expect(score.stderr == dir + "/revenues.yaml:7:9: period: this file is for 2025-26, but \(Self.folder)/council.yaml is for 2026-27; the files of one assessment cover one period\n")
            let validate = try CLIRunner.run(["validate", Self.folder + "/council.yaml", dir + "/revenues.yaml", "--questionnaires", Self.library])
            #expect(validate.status == 1)
            #expect(validate.stdout.contains(dir + "/revenues.yaml:7:9: period: this file is for 2025-26"))
        }
    }

    @Test func initWritesAFileScopedToOneSystem() throws {
        try withTemporaryDirectory { dir in
            let result = try CLIRunner.run(["init", "--system", "CS-REV", "--questionnaire", "security-information-ecosystem", "--body-id", "E07000999",
                                            "--body-name", "Demo District Council", "--period", "2026-27", "--date", "2026-10-22",
                                            "-o", dir + "/revenues.yaml", "--questionnaires", Self.library])
            #expect(result.status == 0, "\(result.stderr)")
            let text = try String(contentsOfFile: dir + "/revenues.yaml", encoding: .utf8)
            #expect(text.contains("\nsystem: CS-REV\n"))
            let score = try CLIRunner.run(["score", Self.folder + "/council.yaml", dir + "/revenues.yaml", "--format", "csv", "--questionnaires", Self.library])
            #expect(score.status == 0, "\(score.stderr)")
            #expect(score.stdout.hasPrefix("question,domain,text,organisation,CS-REV\r\n"))
        }
    }

    @Test func batchCountsTheSetAsOneBody() throws {
        try withTemporaryDirectory { dir in
            let result = try CLIRunner.run(["batch", Self.folder, "--out", dir + "/out", "--questionnaires", Self.library])
            #expect(result.status == 0, "\(result.stderr)")
            let summary = try String(contentsOfFile: dir + "/out/summary.csv", encoding: .utf8)
            #expect(summary.split(separator: "\r\n").count == 2)
            #expect(result.stderr.contains("4 questionnaire, catalogue, system, review or plan files not counted as bodies"))
        }
    }

    @Test func rerunningPlanKeepsEditsAndAddsTheSystemsActions() throws {
        try withTemporaryDirectory { dir in
            try FileManager.default.copyItem(atPath: Self.folder + "/plan.yaml", toPath: dir + "/plan.yaml")
            let json = try Self.run(["score", "council.yaml", "revenues.yaml", "planning.yaml", "--profile", "baseline", "--format", "json", "-o", dir + "/cycle.json"])
            #expect(json.status == 0, "\(json.stderr)")
            let plan = try Self.run(["plan", dir + "/cycle.json", "-o", dir + "/plan.yaml"])
            #expect(plan.status == 0, "\(plan.stderr)")
            #expect(plan.stderr.contains("30 actions, 7 new"))
            let before = try String(contentsOfFile: Self.folder + "/plan.yaml", encoding: .utf8)
            let after = try String(contentsOfFile: dir + "/plan.yaml", encoding: .utf8)
            #expect(after.hasPrefix(before))
            #expect(after.dropFirst(before.count).contains("scope: CS-REV"))
        }
    }

    @Test func compareReadsThePlan() throws {
        let result = try Self.run(["compare", "council.yaml", "council.yaml", "--plan", "plan.yaml", "--today", "2027-01-15"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 overdue"))
        #expect(result.stdout.contains("ACT-002 ECO-NAT-03 partially-achieved → partially-achieved"))
    }

    @Test func aProfileFileIsTheTargetsFile() throws {
        try withTemporaryDirectory { dir in
            try "id: sector-2027\ntitle: A sector profile\noutcomes: {ECO-SUP-01: not-achieved, ECO-REP-03: not-achieved}\n"
                .write(toFile: dir + "/sector.yaml", atomically: true, encoding: .utf8)
            let byName = try Self.run(["score", "council.yaml", "revenues.yaml", "--profile-file", dir + "/sector.yaml", "--format", "csv"])
            let byTargets = try Self.run(["score", "council.yaml", "revenues.yaml", "--targets", dir + "/sector.yaml", "--format", "csv"])
            #expect(byName.status == 0, "\(byName.stderr)")
            #expect(byName.stdout == byTargets.stdout)
            let json = try Self.run(["score", "council.yaml", "revenues.yaml", "--profile-file", dir + "/sector.yaml", "--format", "json"])
            #expect(json.stdout.contains("\"profile\" : \"sector-2027\""))
        }
    }
}
