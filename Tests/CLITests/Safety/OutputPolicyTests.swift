import Foundation
import TestSupport
import Testing

/// The one overwrite policy of every command that writes a file for the user: never over an
/// input of the same run (even with `--force`, the input left byte for byte as it was), an
/// existing file only with `--force`, never over a folder or device, and the file written
/// whole or not at all.
@Suite struct OutputPolicyTests {
    let library = Repository.root + "/questionnaires"
    let demo = Repository.root + "/questionnaires/examples/demo-council.yaml"
    let scratch: TemporaryFolder

    init() throws { scratch = try TemporaryFolder() }

    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    /// A folder holding the demo answers for 2025-26 (`old.yaml`) and 2026-27 (`new.yaml`).
    func twoPeriods() throws -> (dir: String, old: String, new: String) {
        let dir = try scratch.subfolder()
        let text = try String(contentsOfFile: demo, encoding: .utf8)
        try text.replacingOccurrences(of: "period: 2026-27", with: "period: 2025-26").write(toFile: dir + "/old.yaml", atomically: true, encoding: .utf8)
        try text.write(toFile: dir + "/new.yaml", atomically: true, encoding: .utf8)
        return (dir, dir + "/old.yaml", dir + "/new.yaml")
    }

    /// Runs `arguments` (with `--force` added, where the command has it) and expects the
    /// refusal to write over `input` (or, `inFolder`, over `output` in the folder `input`) in
    /// its `role`, with the file unchanged.
    func expectRefusedOverInput(_ arguments: [String], output: String, input: String, role: String, force: Bool = true, inFolder: Bool = false,
                                sourceLocation: SourceLocation = #_sourceLocation) throws {
        let kept = inFolder ? output : input
        let before = try bytes(kept)
        let result = try CLIRunner.run(arguments + (force ? ["--force"] : []))
        #expect(result.status == 1, "\(result.stderr)", sourceLocation: sourceLocation)
        let same = output == input ? "" : inFolder ? "in \(input), " : "the same file as \(input), "
        #expect(result.stderr.hasSuffix("\(output): is \(same)an input of this run (\(role)); refusing to write the output over it, choose another file\n"), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(try bytes(kept) == before, sourceLocation: sourceLocation)
    }

    /// Runs `arguments` writing to the existing `output`: refused and unchanged without
    /// `--force`, replaced with it.
    func expectReplacedOnlyWithForce(_ arguments: [String], output: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try "keep me\n".write(toFile: output, atomically: true, encoding: .utf8)
        let refused = try CLIRunner.run(arguments)
        #expect(refused.status == 1, "\(refused.stderr)", sourceLocation: sourceLocation)
        #expect(refused.stderr.hasPrefix("\(output): already exists; pass --force to replace it ("), "\(refused.stderr)", sourceLocation: sourceLocation)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "keep me\n", sourceLocation: sourceLocation)
        let forced = try CLIRunner.run(arguments + ["--force"])
        #expect(forced.status == 0, "\(forced.stderr)", sourceLocation: sourceLocation)
        #expect(try String(contentsOfFile: output, encoding: .utf8) != "keep me\n", sourceLocation: sourceLocation)
    }

    @Test func trendNeverWritesOverItsInputsOrTheStore() throws {
        let (dir, old, new) = try twoPeriods()
        let trend = ["trend", old, new, "--questionnaires", library]
        try expectRefusedOverInput(trend + ["-o", new], output: new, input: new, role: "a report of the trend")
        try expectRefusedOverInput(trend + ["-o", dir + "/../" + URL(fileURLWithPath: dir).lastPathComponent + "/old.yaml"],
                                   output: dir + "/../" + URL(fileURLWithPath: dir).lastPathComponent + "/old.yaml", input: old, role: "a report of the trend")
        try expectReplacedOnlyWithForce(trend + ["--format", "md", "-o", dir + "/trend.md"], output: dir + "/trend.md")
        #expect(try CLIRunner.run(["batch", old, "--out", dir + "/out", "--db", dir + "/r.sqlite", "--questionnaires", library]).status == 0)
        #expect(try CLIRunner.run(["batch", new, "--out", dir + "/out", "--db", dir + "/r.sqlite", "--questionnaires", library]).status == 0)
        try expectRefusedOverInput(["trend", "--db", dir + "/r.sqlite", "--region", "-o", dir + "/r.sqlite"], output: dir + "/r.sqlite", input: dir + "/r.sqlite", role: "the store")
    }

    @Test func dashboardNeverWritesOverTheStore() throws {
        let (dir, _, new) = try twoPeriods()
        #expect(try CLIRunner.run(["batch", new, "--out", dir + "/out", "--db", dir + "/r.sqlite", "--questionnaires", library]).status == 0)
        try FileManager.default.createSymbolicLink(atPath: dir + "/page.html", withDestinationPath: dir + "/r.sqlite")
        let dashboard = ["dashboard", "--db", dir + "/r.sqlite", "--questionnaires", library]
        try expectRefusedOverInput(dashboard + ["-o", dir + "/r.sqlite"], output: dir + "/r.sqlite", input: dir + "/r.sqlite", role: "the store")
        try expectRefusedOverInput(dashboard + ["-o", dir + "/page.html"], output: dir + "/page.html", input: dir + "/r.sqlite", role: "the store")
        try expectReplacedOnlyWithForce(dashboard + ["-o", dir + "/dashboard.html"], output: dir + "/dashboard.html")
        #expect(try String(contentsOfFile: dir + "/dashboard.html", encoding: .utf8).contains("Content-Security-Policy"))
    }

    @Test func planNeverReplacesThePlanItExportsNorAnExistingFileWithoutForce() throws {
        let (dir, _, new) = try twoPeriods()
        let report = dir + "/report.json"
        #expect(try CLIRunner.run(["score", new, "--questionnaires", library, "--format", "json", "-o", report]).status == 0)
        let plan = dir + "/plan.yaml"
        #expect(try CLIRunner.run(["plan", report, "-o", plan]).status == 0)
        // The export that used to replace the plan people edited with its CSV.
        try expectRefusedOverInput(["plan", plan, "--format", "csv", "-o", plan], output: plan, input: plan, role: "the source file")
        try expectRefusedOverInput(["plan", report, "-o", report], output: report, input: report, role: "the source file")
        try expectReplacedOnlyWithForce(["plan", plan, "--format", "csv", "-o", dir + "/plan.csv"], output: dir + "/plan.csv")
        // A plan there is extended, without --force, keeping every action.
        let before = try String(contentsOfFile: plan, encoding: .utf8)
        let extended = try CLIRunner.run(["plan", report, "-o", plan])
        #expect(extended.status == 0, "\(extended.stderr)")
        #expect(try String(contentsOfFile: plan, encoding: .utf8) == before)
    }

    @Test func reviewCompareAndMergeNeverWriteOverAnInput() throws {
        let (dir, old, new) = try twoPeriods()
        try expectRefusedOverInput(["review", old, new, "--questionnaires", library, "-o", new], output: new, input: new, role: "the review")
        try expectRefusedOverInput(["compare", old, new, "--questionnaires", library, "-o", old], output: old, input: old, role: "the old report")
        try FileManager.default.copyItem(atPath: new, toPath: dir + "/b.yaml")
        try expectRefusedOverInput(["merge", new, dir + "/b.yaml", "--questionnaires", library, "-o", dir + "/b.yaml"], output: dir + "/b.yaml", input: dir + "/b.yaml", role: "an answers file being merged")
        try expectReplacedOnlyWithForce(["merge", new, dir + "/b.yaml", "--questionnaires", library, "-o", dir + "/merged.yaml"], output: dir + "/merged.yaml")
    }

    @Test func noOutputReplacesAFolderEvenWithForce() throws {
        let (dir, _, new) = try twoPeriods()
        try FileManager.default.createDirectory(atPath: dir + "/folder", withIntermediateDirectories: true)
        for arguments in [["score", new, "--questionnaires", library], ["init", "--body-id", "E1", "--body-name", "B", "--period", "2026-27", "--assessor", "A", "--questionnaires", library]] {
            let result = try CLIRunner.run(arguments + ["-o", dir + "/folder", "--force"])
            #expect(result.status == 1)
            #expect(result.stderr == "\(dir)/folder: is a folder, not a regular file; refusing to replace it, choose a file path\n", "\(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/folder").isEmpty)
    }

    @Test func batchRefusesAStoreThatIsOneOfItsOutputsOrInputs() throws {
        let (dir, old, new) = try twoPeriods()
        let out = dir + "/out"
        let overSummary = try CLIRunner.run(["batch", old, new, "--out", out, "--db", out + "/summary.csv", "--questionnaires", library])
        #expect(overSummary.status == 1)
        #expect(overSummary.stderr == "\(out)/summary.csv: is an output of this run; refusing to use it as the store, which the output would replace; choose another file\n", "\(overSummary.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out + "/summary.csv"))
        try expectRefusedOverInput(["batch", old, new, "--out", out, "--db", new, "--questionnaires", library], output: new, input: new, role: "an answers file or manifest", force: false)
        // An input that is one of the outputs already there.
        #expect(try CLIRunner.run(["batch", old, "--out", out, "--questionnaires", library]).status == 0)
        let summary = try bytes(out + "/summary.csv")
        let again = try CLIRunner.run(["batch", old, out + "/summary.csv", "--out", out, "--questionnaires", library])
        #expect(again.status == 1)
        #expect(again.stderr.contains("\(out)/summary.csv: is an input of this run (an answers file or manifest)"), "\(again.stderr)")
        #expect(try bytes(out + "/summary.csv") == summary)
    }

    @Test func generateReplacesAnswersFilesOfTheSameNamesOnlyWithForce() throws {
        let dir = try scratch.subfolder()
        let generate = ["generate", "--count", "2", "--seed", "3", "--out", dir, "--questionnaires", library]
        #expect(try CLIRunner.run(generate).status == 0)
        let name = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()[0]
        try "body: {id: mine}\n".write(toFile: dir + "/" + name, atomically: true, encoding: .utf8)
        let refused = try CLIRunner.run(generate)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("already exists; pass --force to replace it (an answers file of that name would be replaced by a fictional body)"), "\(refused.stderr)")
        #expect(try String(contentsOfFile: dir + "/" + name, encoding: .utf8) == "body: {id: mine}\n")
        #expect(try CLIRunner.run(generate + ["--force"]).status == 0)
        #expect(try String(contentsOfFile: dir + "/" + name, encoding: .utf8) != "body: {id: mine}\n")
    }

    @Test func noOutputReplacesAFileOfTheQuestionnaireLibrary() throws {
        let dir = try scratch.subfolder()
        let copy = dir + "/library"
        try FileManager.default.copyItem(atPath: library, toPath: copy)
        let questionnaire = try FileManager.default.contentsOfDirectory(atPath: copy).sorted().first { $0.hasSuffix(".yaml") }!
        let target = copy + "/" + questionnaire
        try expectRefusedOverInput(["init", "--body-id", "E1", "--body-name", "B", "--period", "2026-27", "--questionnaires", copy, "-o", target],
                                   output: target, input: copy, role: "a file of the questionnaire library", inFolder: true)
        try expectRefusedOverInput(["score", copy + "/examples/demo-council.yaml", "--questionnaires", copy, "-o", target],
                                   output: target, input: copy, role: "a file of the questionnaire library", inFolder: true)
    }
}
