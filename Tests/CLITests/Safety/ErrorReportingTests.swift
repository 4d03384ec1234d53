import Foundation
import TestSupport
import Testing

/// Every failure reaches the user through one path in `main`: the project's own
/// `file:line:column: message` words and the documented exit code, never a raw library error.
@Suite struct ErrorReportingTests {
    let library = Repository.fixtures + "/library"
    let answers = Repository.fixtures + "/answers.yaml"

    @Test func generateIntoAFileSaysAFileIsInTheWay() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path
        FileManager.default.createFile(atPath: dir + "/taken", contents: Data("x".utf8))
        let result = try CLIRunner.run(["generate", "--count", "2", "--out", dir + "/taken", "--questionnaires", library])
        #expect(result.status == 1)
        #expect(result.stderr == "\(dir)/taken: cannot write: a file is in the way; give a folder to write the answers files into\n")
    }

    /// Every command that creates output folders says in the same words that a file blocks
    /// the path, naming the part of the path the user gave, never Foundation's text.
    @Test func aFileInTheWayOfAnOutputFolderIsNamedByEveryWriter() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path
        FileManager.default.createFile(atPath: dir + "/taken", contents: Data("x".utf8))
        let expected = "\(dir)/taken: cannot write: a file is in the way of the folder; move it or choose another folder"
        for arguments in [
            ["generate", "--count", "2", "--out", dir + "/taken/sub"],
            ["score", answers, "--format", "json", "--output", dir + "/taken/sub/report.json"],
            ["batch", answers, "--out", dir + "/taken/sub"],
        ] {
            let result = try CLIRunner.run(arguments + ["--questionnaires", library])
            #expect(result.status == 1, "\(arguments[0])")
            #expect(result.stderr.hasPrefix(expected), "\(arguments[0]): \(result.stderr)")
            #expect(!result.stderr.contains("NSCocoaErrorDomain") && !result.stderr.contains("Error Domain"))
        }
    }

    @Test func anUnknownProfileIsAUsageError() throws {
        let result = try CLIRunner.run(["score", answers, "--questionnaires", library, "--profile", "platinum"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("unknown target profile 'platinum'; available: "))
    }

    @Test func aMissingTemplateNamesTheFile() throws {
        let result = try CLIRunner.run(["score", answers, "--questionnaires", library, "--format", "html", "--template", "/nonexistent/t.mustache"])
        #expect(result.status == 1)
        #expect(result.stderr == "/nonexistent/t.mustache: no such file\n")
    }

    @Test func aReportThatIsNotJSONIsASchemaError() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path
        FileManager.default.createFile(atPath: dir + "/r.json", contents: Data("{\"schema\": 3}".utf8))
        let result = try CLIRunner.run(["compare", dir + "/r.json", dir + "/r.json"])
        #expect(result.status == 1)
        #expect(result.stderr == "\(dir)/r.json: expected a cyberassess JSON report ('cyberassess score --format json'), found a value that is not text at schema\n")
    }

    @Test func controlCharactersFromInputAreShownEscapedInMessages() throws {
        let folder = try TemporaryFolder()
        let dir = folder.path
        let hostile = """
            body: {id: E1, name: Test Council}
            period: 2026-27
            date: 2026-10-01
            questionnaires: {graded-test: 1.0.0}
            answers:
              "X\\e]0;owned\\aY": none

            """
        FileManager.default.createFile(atPath: dir + "/a.yaml", contents: Data(hostile.utf8))
        let result = try CLIRunner.run(["score", dir + "/a.yaml", "--questionnaires", library])
        #expect(result.status == 1)
        #expect(!result.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(result.stderr.contains("X\\u{1B}]0;owned\\u{7}Y"))
    }
}
