import Foundation

/// Small questionnaire libraries and answers files that tests write into a temporary folder.
public enum FixtureFiles {
    /// A one-questionnaire graded library, `mini` 1.0.0: MIN-A-01 (three options, guidance),
    /// MIN-A-02 (applies when MIN-A-01 is some or all) and MIN-B-01 (N/A allowed).
    public static let miniQuestionnaire = try! String(contentsOfFile: Repository.fixtures + "/mini-questionnaire.yaml", encoding: .utf8)

    /// Writes `text` as UTF-8 to `path`, creating the folders above it.
    public static func write(_ text: String, to path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// Writes a library holding `questionnaire` (as `mini.yaml`) and an empty `frameworks`
    /// folder to `dir/lib`, and returns the library's path.
    @discardableResult
    public static func miniLibrary(in dir: String, questionnaire: String = miniQuestionnaire) throws -> String {
        let library = dir + "/lib"
        try FileManager.default.createDirectory(atPath: library + "/frameworks", withIntermediateDirectories: true)
        try write(questionnaire, to: library + "/mini.yaml")
        return library
    }

    /// An answers file for the mini questionnaire with the given `answers:` lines (each
    /// indented by two spaces), for body `body` called "Test Council".
    public static func miniAnswers(_ answerLines: String, body: String = "E1", version: String = "1.0.0") -> String {
        """
        body: {id: \(body), name: Test Council}
        period: 2026-27
        date: 2026-10-01
        questionnaires: {mini: \(version)}
        answers:
        \(answerLines)

        """
    }

    /// The UTF-8 text of the file at `path`.
    public static func text(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    /// Every file (not folder) under `folder`, relative to it, sorted.
    public static func files(under folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter { relative in
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isDirectory)
            return !isDirectory.boolValue
        }.sorted()
    }
}
