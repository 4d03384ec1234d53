import Foundation
import TestSupport
import Testing

/// `cyberassess import` from download to report, as a user runs it.
@Suite struct ImportCommandTests {
    static let fixtures = Repository.root + "/Tests/ImportersTests/Fixtures"

    @Test func webcafImportThenValidateInitAndScore() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path
        let library = dir + "/library"
        let imported = try CLIRunner.run(["import", "webcaf", Self.fixtures + "/webcaf-sample-v9.1.yaml", "-o", library])
        #expect(imported.status == 0)
        #expect(imported.stdout == "\(library)/webcaf-caf-9.1.yaml\n\(library)/frameworks/webcaf-caf-9.1.yaml\n")
        #expect(imported.stderr.contains(":61:19: note: not imported: 'indicators.*.*.ncsc-index'"))
        #expect(try CLIRunner.run(["validate", library]).status == 0)
        // Importing again refuses to replace what is there.
        let again = try CLIRunner.run(["import", "webcaf", Self.fixtures + "/webcaf-sample-v9.1.yaml", "-o", library])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists; pass --force to replace it"))

        let answers = dir + "/answers.yaml"
        let fromWebCAF = try CLIRunner.run([
            "import", "webcaf-answers", Self.fixtures + "/webcaf-answers-sample.json", "--questionnaire", "webcaf-caf-9.1",
            "--questionnaires", library, "--body-id", "B1", "--body-name", "Test body", "--period", "2031-32", "--date", "2031-05-01", "-o", answers,
        ])
        #expect(fromWebCAF.status == 0)
        #expect(try CLIRunner.run(["validate", answers, "--questionnaires", library]).status == 0)
        let score = try CLIRunner.run(["score", answers, "--questionnaires", library, "--profile", "baseline", "--format", "csv"])
        #expect(score.status == 0)
        #expect(score.stdout.contains("CAF91-X1.a"))

        let blank = try CLIRunner.run(["init", "--questionnaires", library, "--questionnaire", "webcaf-caf-9.1", "--body-id", "B2", "--body-name", "Other", "--period", "2031-32", "-o", dir + "/blank.yaml"])
        #expect(blank.status == 0)
    }

    @Test func cisoAssistantImportValidates() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path
        let imported = try CLIRunner.run(["import", "ciso-assistant", Self.fixtures + "/ciso library sample.yaml", "-o", dir])
        #expect(imported.status == 0)
        #expect(try CLIRunner.run(["validate", dir]).status == 0)
    }

    @Test func aBadFileFailsWithPositions() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path
        let bad = dir + "/broken-v1.0.yaml"
        try "objectives:\n  X: [not, a, mapping]\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["import", "webcaf", bad, "-o", dir + "/out"])
        #expect(result.status == 1)
        #expect(result.stderr == "\(bad):2:6: objectives.X: expected a mapping, found a list\n")
        #expect(!FileManager.default.fileExists(atPath: dir + "/out"))
    }
}

/// `import --id` and `--prefix` become file names in `-o`: `../../escaped` wrote outside it, and
/// an empty id wrote hidden files the library never loads. Both are refused, writing nothing.
@Suite struct ImportIdentifierTests {
    @Test(arguments: ["../../escaped", "", ".hidden", "a/b", "a\u{1B}b"])
    func anIdThatIsNotAnIdIsAUsageErrorAndWritesNothing(id: String) throws {
        let folder = try TemporaryFolder()
        let out = folder.path + "/inner/lib"
        let result = try CLIRunner.run(["import", "ciso-assistant", Repository.root + "/Tests/ImportersTests/Fixtures/ciso library sample.yaml", "-o", out, "--id", id])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--id '"))
        #expect(!result.stderr.contains("\u{1B}"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }
}
