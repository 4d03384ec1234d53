import Foundation
import TestSupport
import Testing

/// `cyberassess schema KIND` and the `$schema` line `init` writes.
@Suite struct SchemaCommandTests {
    static let kinds = ["questionnaire", "catalogue", "answers", "targets", "report"]
    let fixtures = Repository.root + "/Tests/AssessmentTests/Fixtures/library"

    @Test(arguments: kinds) func schemaPrintsThePublishedFile(kind: String) throws {
        let result = try CLIRunner.run(["schema", kind])
        #expect(result.status == 0)
        #expect(result.stdout == (try String(contentsOfFile: Repository.root + "/schemas/\(kind).schema.json", encoding: .utf8)))
        #expect(result.stderr.isEmpty)
    }

    @Test func schemaWorksFromAnInstalledCopyOfTheExecutable() throws {
        let dirFolder = try TemporaryFolder()
        let dir = dirFolder.path
        let installed = dir + "/cyberassess"
        try FileManager.default.copyItem(atPath: CLIRunner.executable, toPath: installed)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: installed)
        process.arguments = ["schema", "answers"]
        process.currentDirectoryURL = URL(fileURLWithPath: dir)
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: data, as: UTF8.self) == (try String(contentsOfFile: Repository.root + "/schemas/answers.schema.json", encoding: .utf8)))
    }

    @Test func anUnknownKindIsAUsageErrorNamingTheKinds() throws {
        let result = try CLIRunner.run(["schema", "answer"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("'questionnaire', 'catalogue', 'answers', 'targets' or 'report'"))
        #expect(result.stdout.isEmpty)
    }

    /// A library folder laid out like the repository: `ROOT/lib/` beside `ROOT/schemas/`.
    func repositoryLayout() throws -> TemporaryFolder {
        let rootFolder = try TemporaryFolder()
        let root = rootFolder.path
        try FileManager.default.copyItem(atPath: fixtures, toPath: root + "/lib")
        try FileManager.default.createDirectory(atPath: root + "/schemas", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repository.root + "/schemas/answers.schema.json", toPath: root + "/schemas/answers.schema.json")
        return rootFolder
    }

    func initFile(_ output: String, library: String) throws -> (firstLine: String, stderr: String) {
        let result = try CLIRunner.run(["init", "--questionnaires", library, "--questionnaire", "graded-test",
                                        "--body-id", "E1", "--body-name", "X", "--period", "2026-27", "-o", output])
        #expect(result.status == 0)
        let text = try String(contentsOfFile: output, encoding: .utf8)
        return (String(text.prefix { $0 != "\n" }), result.stderr)
    }

    @Test func initLinksTheLibrarysSchemaRelativelyInsideItsFolder() throws {
        let rootFolder = try repositoryLayout()
        let root = rootFolder.path
        let made = try initFile(root + "/councils/2026/answers.yaml", library: root + "/lib")
        #expect(made.firstLine == "# yaml-language-server: $schema=../../schemas/answers.schema.json")
        #expect(!made.stderr.contains("cyberassess schema answers"))
    }

    @Test func initLinksTheLibrarysSchemaByAbsolutePathOutsideItsFolder() throws {
        let rootFolder = try repositoryLayout()
        let root = rootFolder.path
        let elsewhereFolder = try TemporaryFolder()
        let elsewhere = elsewhereFolder.path
        let made = try initFile(elsewhere + "/answers.yaml", library: root + "/lib")
        #expect(made.firstLine == "# yaml-language-server: $schema=\(root)/schemas/answers.schema.json")
    }

    @Test func withoutALibrarySchemaInitLinksOneBesideTheFileAndSaysHowToWriteIt() throws {
        let dirFolder = try TemporaryFolder()
        let dir = dirFolder.path
        let made = try initFile(dir + "/answers.yaml", library: fixtures)
        #expect(made.firstLine == "# yaml-language-server: $schema=answers.schema.json")
        #expect(made.stderr.contains("write its schema beside it: cyberassess schema answers > \(dir)/answers.schema.json"))
        // Once written, init no longer asks for it.
        try (try CLIRunner.run(["schema", "answers"])).stdout.write(toFile: dir + "/answers.schema.json", atomically: true, encoding: .utf8)
        let again = try initFile(dir + "/second.yaml", library: fixtures)
        #expect(again.firstLine == "# yaml-language-server: $schema=answers.schema.json")
        #expect(!again.stderr.contains("cyberassess schema answers"))
    }
}
