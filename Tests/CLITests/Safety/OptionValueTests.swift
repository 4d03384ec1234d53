import Foundation
import TestSupport
import Testing

/// Bad option values are usage errors (exit 2), found before anything is scored.
@Suite struct OptionValueTests {
    let library = Repository.root + "/Tests/AssessmentTests/Fixtures/library"
    let answers = Repository.root + "/Tests/AssessmentTests/Fixtures/answers.yaml"

    @Test(arguments: ["inf", "1e400", "-1", "nan", "1001", "x"])
    func topicWeightsMustBeFiniteAndInRange(weight: String) throws {
        let result = try CLIRunner.run(["score", answers, "--questionnaires", library, "--topic-weight", "graded-test=\(weight)", "--format", "json"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--topic-weight: expected QUESTIONNAIRE=WEIGHT with a number from 0 to 1000, found \"graded-test=\(weight)\""), "\(result.stderr)")
    }

    @Test func anUnknownTopicIsAUsageError() throws {
        let result = try CLIRunner.run(["score", answers, "--questionnaires", library, "--topic-weight", "graded-tst=2"])
        #expect(result.status == 2)
        #expect(result.stderr == "--topic-weight: unknown questionnaire 'graded-tst' (did you mean 'graded-test'?); the library has cumulative-test, graded-test, outcome-test\n")
    }

    @Test func otherNumericOptionsRefuseInfinityAndOutOfRange() throws {
        let dirFolder = try TemporaryFolder()
        let dir = dirFolder.path
        for (arguments, message) in [
            (["compare", answers, answers, "--threshold", "inf"], "--threshold: expected a score drop from 0 to 10, found inf"),
            (["compare", answers, answers, "--threshold", "1e400"], "--threshold: expected a score drop from 0 to 10, found inf"),
            (["compare", answers, answers, "--weak-below", "nan"], "--weak-below: expected a share from 0 to 1 (e.g. 0.8), found nan"),
            (["score", answers, "--stale-months", "99999999999"], "--stale-months: expected a number of months from 0 to 1200, found 99999999999"),
            (["verify", answers, "--answers", answers, "--stale-months=-1"], "--stale-months: expected a number of months from 0 to 1200, found -1"),
            (["batch", answers, "--out", dir, "--min-group", "0"], "--min-group: expected 1 to 1000000, found 0"),
            (["generate", "--out", dir, "--count", "100000000"], "--count: expected 1 to 1000000, found 100000000"),
        ] {
            let result = try CLIRunner.run(arguments + ["--questionnaires", library])
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
    }
}

extension OptionValueTests {
    @Test func newFilesGetTheSameBodyAndPeriodRulesAsAnswersFiles() throws {
        let dirFolder = try TemporaryFolder()
        let dir = dirFolder.path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for (extra, message) in [
            (["--body-id", " ", "--body-name", "B", "--period", "2026-27"], "--body-id: expected an identifier such as an ONS/GSS code, found nothing but spaces"),
            (["--body-id", "B1", "--body-name", "B", "--period", "2026"], "--period: expected a financial year written YYYY-YY, such as 2026-27, found \"2026\""),
            (["--body-id", "B1", "--body-name", "B", "--period", "2026-27", "--body-type", "parish"], "--body-type: expected one of district, county, unitary, metropolitan, london-borough, other, found \"parish\""),
        ] {
            let result = try CLIRunner.run(["init", "-o", dir + "/a.yaml", "--questionnaires", library] + extra)
            #expect(result.status == 2)
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
    }
}
