import Foundation
import TestSupport
import Testing

/// However many problems a file has, each command lists the first 100 and counts the rest,
/// and a batch folder's odd entries are reported rather than skipped.
@Suite struct ProblemListingTests {
    let library = Repository.root + "/Tests/AssessmentTests/Fixtures/library"

    func answers(unknown count: Int) -> String {
        var text = "body: {id: B1, name: Body}\nperiod: 2026-27\ndate: 2026-10-01\nquestionnaires: {graded-test: 1.0.0}\nanswers:\n"
        for i in 0..<count { text += "  X-\(i): mid\n" }
        return text
    }

    @Test func problemsAreCappedAtOneHundredPerFile() throws {
        let dirFolder = try TemporaryFolder()
        let dir = dirFolder.path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try answers(unknown: 150).write(toFile: dir + "/a.yaml", atomically: true, encoding: .utf8)
        let more = "\(dir)/a.yaml: … and 50 more problems in this file"

        let validate = try CLIRunner.run(["validate", dir + "/a.yaml", "--questionnaires", library])
        #expect(validate.status == 1)
        let lines = validate.stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix(dir) }
        #expect(lines.count == 101)
        #expect(lines.first?.hasPrefix("\(dir)/a.yaml:6:3: answers: unknown question id 'X-0'") == true)
        #expect(lines.last == more)

        let score = try CLIRunner.run(["score", dir + "/a.yaml", "--questionnaires", library])
        #expect(score.status == 1)
        #expect(score.stderr.split(separator: "\n").count == 101)
        #expect(score.stderr.hasSuffix(more + "\n"))

        let batch = try CLIRunner.run(["batch", dir + "/a.yaml", "--out", dir + "/out", "--questionnaires", library])
        #expect(batch.status == 1)
        let errors = try String(contentsOfFile: dir + "/out/errors.csv", encoding: .utf8)
        #expect(errors.utf8.split(separator: 0x0A).count == 102)
        #expect(errors.contains("… and 50 more problems in this file"))
    }

    @Test func specialFilesInABatchFolderAreReportedInErrors() throws {
        let dirFolder = try TemporaryFolder()
        let dir = dirFolder.path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repository.root + "/Tests/AssessmentTests/Fixtures/answers.yaml", toPath: dir + "/in/a.yaml")
        #expect(mkfifo(dir + "/in/pipe.yaml", 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: dir + "/in/gone.yml", withDestinationPath: dir + "/nowhere")
        let result = try CLIRunner.run(["batch", dir + "/in", "--out", dir + "/out", "--questionnaires", library])
        #expect(result.status == 1)
        let errors = try String(contentsOfFile: dir + "/out/errors.csv", encoding: .utf8)
        #expect(errors.contains("pipe.yaml"))
        #expect(errors.contains("is not a regular file"))
        #expect(errors.contains("gone.yml"))
        #expect(errors.contains("symbolic link to a file that does not exist"))
    }
}
