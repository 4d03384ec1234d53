import Foundation
import TestSupport
import Testing

/// Every command that scores refuses a library that `validate` rejects, with the same
/// messages, instead of scoring it silently.
@Suite struct InvalidLibraryTests {
    let fixtures = Repository.root + "/Tests/AssessmentTests/Fixtures"

    let scratch: TemporaryFolder

    init() throws { scratch = try TemporaryFolder() }

    /// A copy of the fixture library with one change to graded.yaml.
    func library(replacing old: String, with new: String) throws -> String {
        let dir = try scratch.subfolder()
        try FileManager.default.copyItem(atPath: fixtures + "/library", toPath: dir + "/library")
        let path = dir + "/library/graded.yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
        return dir + "/library"
    }

    @Test func everyScoringCommandRefusesWhatValidateRejects() throws {
        let library = try library(replacing: "target: 3", with: "target: 99")
        let validate = try CLIRunner.run(["validate", library])
        #expect(validate.status == 1)
        let message = validate.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(message.hasSuffix("graded.yaml:2:1: target: expected a level on the scale 0..5, found 99"))
        let answers = fixtures + "/answers.yaml"
        let outFolder = try TemporaryFolder()
        let out = outFolder.path
        let report = try CLIRunner.run(["score", answers, "--format", "json", "-o", out + "/r.json", "--questionnaires", fixtures + "/library"])
        #expect(report.status == 0)
        for arguments in [
            ["score", answers], ["batch", answers, "--out", out + "/batch"], ["compare", answers, answers],
            ["verify", out + "/r.json", "--answers", answers],
        ] {
            let result = try CLIRunner.run(arguments + ["--questionnaires", library])
            #expect(result.status == 1, "\(arguments[0])")
            // verify lists what it found on stdout; the others fail on stderr.
            #expect((result.stderr + result.stdout).contains(message), "\(arguments[0]): \(result.stderr)")
        }
    }

    @Test func aHugeWeightIsRefusedBeforeItReachesTheStatistics() throws {
        let library = try library(replacing: "weight: 2", with: "weight: 1.7e308")
        let outFolder = try TemporaryFolder()
        let out = outFolder.path
        let result = try CLIRunner.run(["batch", fixtures + "/answers.yaml", "--out", out, "--questionnaires", library])
        #expect(result.status == 1)
        #expect(result.stderr.contains("weight: expected a number from 0.001 to 1000, found 1.7e+308"))
    }
}
