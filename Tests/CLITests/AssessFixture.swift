import Foundation

/// A one-questionnaire library in a temporary folder for the `assess` and `merge` tests:
/// MIN-A-01 (3 options, guidance), MIN-A-02 (applies when MIN-A-01 is some or all) and
/// MIN-B-01 (N/A allowed).
enum AssessFixture {
    /// Shared with the session tests: Tests/AssessmentTests/Fixtures/mini-questionnaire.yaml.
    static let questionnaire = try! String(contentsOfFile: CLIRunner.repoRoot + "/Tests/AssessmentTests/Fixtures/mini-questionnaire.yaml", encoding: .utf8)

    /// A fresh folder holding the library (`lib/`), for answers files beside it.
    static func folder(questionnaire: String = questionnaire) throws -> (dir: String, library: String) {
        let dir = try CLIRunner.temporaryDirectory()
        let library = dir + "/lib"
        try FileManager.default.createDirectory(atPath: library + "/frameworks", withIntermediateDirectories: true)
        try questionnaire.write(toFile: library + "/mini.yaml", atomically: true, encoding: .utf8)
        return (dir, library)
    }

    /// The arguments that create a new answers file for the test council.
    static func newFile(_ path: String, library: String) -> [String] {
        ["assess", "--answers", path, "--body-id", "E1", "--body-name", "Test Council", "--period", "2026-27", "--date", "2026-10-01", "--questionnaires", library]
    }

    /// An answers file for the test council with the given `answers:` lines.
    static func answersFile(_ answerLines: String, body: String = "E1", version: String = "1.0.0") -> String {
        """
        body: {id: \(body), name: Test Council}
        period: 2026-27
        date: 2026-10-01
        questionnaires: {mini: \(version)}
        answers:
        \(answerLines)

        """
    }
}
