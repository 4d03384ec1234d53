import Assessment
import CyberYAML

/// One answers file of an assessment set (the organisation's, a critical system's or a
/// review), with the places in it that set-level checks point at.
package struct ScopeMember: Sendable {
    /// The file's path, as given.
    package var file: String
    /// SHA-256 of the file's bytes.
    package var sha256: String
    /// The decoded answers.
    package var answers: AnswersFile
    /// Where `body.id` is written.
    package var bodyMark: Mark?
    /// Where `period` is written.
    package var periodMark: Mark?
    /// Where `system` is written.
    package var systemMark: Mark?

    /// A member built from a parsed file; the marks are read from its node tree.
    package init(file: String, sha256: String, answers: AnswersFile, node: Node?) {
        self.file = file
        self.sha256 = sha256
        self.answers = answers
        let root = node?.mapping
        bodyMark = root?["body"]?.mapping?.pair(Body.CodingKeys.id.stringValue)?.value.mark
        periodMark = root?.pair(AnswersFile.CodingKeys.period.stringValue)?.value.mark
        systemMark = root?.pair(AnswersFile.ScopeKeys.system.stringValue)?.value.mark
    }

    /// Reads and decodes one answers file.
    package static func read(_ path: String) throws(AssessmentError) -> ScopeMember {
        let source = try SourceFile.read(path)
        let (answers, node) = try source.decodeAnswers()
        return ScopeMember(file: path, sha256: source.sha256, answers: answers, node: node)
    }

    /// "the organisation" or "system CS-REV", for messages.
    package var scopeName: String { answers.system.map { "system \($0)" } ?? "the organisation" }
}
