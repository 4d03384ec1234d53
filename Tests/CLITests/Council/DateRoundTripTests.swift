import Foundation
import TestSupport
import Testing

/// Files the tool writes are read back by its own commands, whatever the dates in them.
@Suite struct DateRoundTripTests {
    let library = Repository.root + "/Tests/AssessmentTests/Fixtures/library"

    @Test func earlyYearsAreWrittenWithFourDigitsAndReadBack() throws {
        let dirFolder = try TemporaryFolder()
        let dir = dirFolder.path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fixture = try String(contentsOfFile: Repository.root + "/Tests/AssessmentTests/Fixtures/answers.yaml", encoding: .utf8)
        let answers = fixture.replacingOccurrences(of: "date: 2025-09-30", with: "date: 0999-09-30")
        #expect(answers != fixture)
        try answers.write(toFile: dir + "/a.yaml", atomically: true, encoding: .utf8)

        let score = try CLIRunner.run(["score", dir + "/a.yaml", "--format", "json", "-o", dir + "/r.json", "--questionnaires", library])
        #expect(score.status == 0, "\(score.stderr)")
        let report = try String(contentsOfFile: dir + "/r.json", encoding: .utf8)
        #expect(report.contains("\"0999-09-30\""))
        let verify = try CLIRunner.run(["verify", dir + "/r.json", "--answers", dir + "/a.yaml", "--questionnaires", library])
        #expect(verify.status == 0, "\(verify.stdout)")
        let compare = try CLIRunner.run(["compare", dir + "/r.json", dir + "/r.json", "--questionnaires", library])
        #expect(compare.status == 0, "\(compare.stderr)")

        let merge = try CLIRunner.run(["merge", dir + "/a.yaml", dir + "/a.yaml", "-o", dir + "/m.yaml", "--questionnaires", library])
        #expect(merge.status == 0, "\(merge.stderr)")
        let merged = try String(contentsOfFile: dir + "/m.yaml", encoding: .utf8)
        #expect(merged.contains("date: 0999-09-30"))
        let rescored = try CLIRunner.run(["score", dir + "/m.yaml", "--questionnaires", library])
        #expect(rescored.status == 0, "\(rescored.stderr)")
    }
}
