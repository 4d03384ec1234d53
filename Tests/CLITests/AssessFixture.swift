import Foundation

/// A one-questionnaire library in a temporary folder for the `assess` and `merge` tests:
/// MIN-A-01 (3 options, guidance), MIN-A-02 (applies when MIN-A-01 is some or all) and
/// MIN-B-01 (N/A allowed).
enum AssessFixture {
    static let questionnaire = """
        id: mini
        version: 1.0.0
        title: Mini check
        topic: resilience
        scale: [{level: 0, name: None}, {level: 1, name: Some}, {level: 2, name: Full}]
        target: 2
        domains:
          - id: MIN-A
            title: Alpha
            questions:
              - id: MIN-A-01
                text: Are backups taken?
                guidance: Look at the backup log.
                answers:
                  - {value: none, label: No backups, level: 0}
                  - {value: some, label: Some systems, level: 1}
                  - {value: all, label: All systems, level: 2}
              - id: MIN-A-02
                text: Are backups tested?
                applies_if: {question: MIN-A-01, in: [some, all]}
                answers:
                  - {value: never, label: Never, level: 0}
                  - {value: yearly, label: Every year, level: 2}
          - id: MIN-B
            title: Beta
            questions:
              - id: MIN-B-01
                text: Is the server room secured?
                allow_na: true
                answers:
                  - {value: open, label: Open to all, level: 0}
                  - {value: locked, label: Locked and logged, level: 2}

        """

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
