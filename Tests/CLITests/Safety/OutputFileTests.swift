import Foundation
import TestSupport
import Testing

/// `score -o`, `compare -o` and `sign -o` never replace a file of the same run, and replace
/// any other existing file only with `--force`, as `init` and `merge` do.
@Suite struct OutputFileTests {
    let library = Repository.root + "/questionnaires"
    let demo = Repository.root + "/questionnaires/examples/demo-council.yaml"

    let scratch: TemporaryFolder

    init() throws { scratch = try TemporaryFolder() }

    /// A copy of the demo answers in a fresh folder.
    func answersCopy() throws -> (dir: String, answers: String) {
        let dir = try scratch.subfolder()
        let answers = dir + "/answers.yaml"
        try FileManager.default.copyItem(atPath: demo, toPath: answers)
        return (dir, answers)
    }

    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test func scoreRefusesToWriteOverItsAnswersEvenWithForce() throws {
        let (dir, answers) = try answersCopy()
        let before = try bytes(answers)
        let result = try CLIRunner.run(["score", answers, "--questionnaires", library, "--format", "html", "-o", answers, "--force"])
        #expect(result.status == 1)
        #expect(result.stderr == "\(answers): is an input of this run (the answers file); refusing to write the output over it, choose another file\n")
        #expect(try bytes(answers) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["answers.yaml"])
    }

    @Test func scoreKnowsAnInputByDeviceAndInodeNotByName() throws {
        let (dir, answers) = try answersCopy()
        let before = try bytes(answers)
        try FileManager.default.linkItem(atPath: answers, toPath: dir + "/hard-link.html")
        try FileManager.default.createSymbolicLink(atPath: dir + "/soft-link.html", withDestinationPath: answers)
        for output in [dir + "/hard-link.html", dir + "/soft-link.html", dir + "/./answers.yaml"] {
            let result = try CLIRunner.run(["score", answers, "--questionnaires", library, "-o", output, "--force"])
            #expect(result.status == 1, "\(output)")
            #expect(result.stderr.contains("an input of this run (the answers file)"), "\(result.stderr)")
        }
        #expect(try bytes(answers) == before)
    }

    @Test func scoreRefusesTheTemplateTargetsAndBenchmarkFilesToo() throws {
        let (dir, answers) = try answersCopy()
        try "<p>{{body.name}}</p>\n".write(toFile: dir + "/t.mustache", atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["score", answers, "--questionnaires", library, "--format", "html", "--template", dir + "/t.mustache", "-o", dir + "/t.mustache", "--force"])
        #expect(result.status == 1)
        #expect(result.stderr == "\(dir)/t.mustache: is an input of this run (the template); refusing to write the output over it, choose another file\n")
    }

    @Test func scoreReplacesAnotherExistingFileOnlyWithForce() throws {
        let (dir, answers) = try answersCopy()
        let report = dir + "/report.json"
        try "keep me\n".write(toFile: report, atomically: true, encoding: .utf8)
        let refused = try CLIRunner.run(["score", answers, "--questionnaires", library, "--format", "json", "-o", report])
        #expect(refused.status == 1)
        #expect(refused.stderr == "\(report): already exists; pass --force to replace it (what it holds would be lost)\n")
        #expect(try String(contentsOfFile: report, encoding: .utf8) == "keep me\n")
        let forced = try CLIRunner.run(["score", answers, "--questionnaires", library, "--format", "json", "-o", report, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOfFile: report, encoding: .utf8).hasPrefix("{"))
    }

    @Test func compareRefusesToWriteOverEitherReport() throws {
        let (dir, answers) = try answersCopy()
        let report = dir + "/report.json"
        #expect(try CLIRunner.run(["score", answers, "--questionnaires", library, "--format", "json", "-o", report]).status == 0)
        let before = try bytes(report)
        let result = try CLIRunner.run(["compare", report, answers, "--questionnaires", library, "-o", report, "--force"])
        #expect(result.status == 1)
        #expect(result.stderr == "\(report): is an input of this run (the old report); refusing to write the output over it, choose another file\n")
        #expect(try bytes(report) == before)
        try "old comparison\n".write(toFile: dir + "/c.md", atomically: true, encoding: .utf8)
        let existing = try CLIRunner.run(["compare", report, answers, "--questionnaires", library, "--format", "md", "-o", dir + "/c.md"])
        #expect(existing.status == 1)
        #expect(existing.stderr.hasPrefix("\(dir)/c.md: already exists; pass --force to replace it"))
        #expect(try CLIRunner.run(["compare", report, answers, "--questionnaires", library, "--format", "md", "-o", dir + "/c.md", "--force"]).status == 0)
    }

    @Test func signRefusesToWriteOverTheReportOrKeyAndAnOldSignatureWithoutForce() throws {
        let (dir, answers) = try answersCopy()
        let report = dir + "/report.json"
        #expect(try CLIRunner.run(["score", answers, "--questionnaires", library, "--format", "json", "-o", report]).status == 0)
        #expect(try CLIRunner.run(["keygen", "--out-private", dir + "/k", "--out-public", dir + "/k.pub"]).status == 0)
        let before = try bytes(report)
        let overReport = try CLIRunner.run(["sign", report, "--key", dir + "/k", "-o", report, "--force"])
        #expect(overReport.status == 1)
        #expect(overReport.stderr == "\(report): is an input of this run (the report); refusing to write the output over it, choose another file\n")
        #expect(try bytes(report) == before)
        let overKey = try CLIRunner.run(["sign", report, "--key", dir + "/k", "-o", dir + "/k", "--force"])
        #expect(overKey.status == 1)
        #expect(overKey.stderr.contains("is an input of this run (the private key)"))
        #expect(try CLIRunner.run(["sign", report, "--key", dir + "/k"]).status == 0)
        let again = try CLIRunner.run(["sign", report, "--key", dir + "/k"])
        #expect(again.status == 1)
        #expect(again.stderr == "\(report).sig: already exists; pass --force to replace it (the signature it holds would be lost)\n")
        #expect(try CLIRunner.run(["sign", report, "--key", dir + "/k", "--force"]).status == 0)
    }
}
