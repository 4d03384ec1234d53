import Assessment
import Authoring
import Foundation
import Platform

/// The answers file behind an interactive session: opened once, checked against the library
/// and the command line, and rewritten atomically (temporary file, fsync, rename) after every
/// change, so a kill at any moment leaves the previous or the new file, never a partial one.
struct AnswersStore {
    let path: String
    /// The library, whose question order the answers are written in.
    let library: Library
    /// The bytes last written or read, for the report's provenance.
    private(set) var bytes: [UInt8]
    /// What follows `$schema=` in the editor modeline the file carries (see
    /// `AnswersSchemaLink`), kept on every rewrite; nil when the file has none.
    var schema: String?

    static let header = """
        cyberassess answers file, written by `cyberassess assess` after every answer.
        Continue with:  cyberassess assess --answers THIS_FILE
        Score with:     cyberassess score THIS_FILE
        """

    /// Opens an existing answers file, refusing one that belongs to another body (by id or
    /// name), another period, or questionnaire versions other than the library's, or that does
    /// not validate.
    static func open(_ path: String, library: Library, bodyID: String?, bodyName: String? = nil, period: String? = nil) throws -> (AnswersStore, AnswersDocument) {
        AtomicFile.removeStaleTemporaries(for: path)
        let source = try SourceFile.read(path)
        let document = try AnswersDocument(source: source)
        let file = document.file
        if let bodyID, bodyID != file.body.id {
            throw CommandFailure(file: path, "belongs to body \(file.body.id) (\(file.body.name)), not \(bodyID) given with --body-id; refusing to open it. Check --answers, or leave out --body-id to continue that body's file.")
        }
        if let bodyName, bodyName != file.body.name {
            throw CommandFailure(file: path, "belongs to \(file.body.name), not \(bodyName) given with --body-name; refusing to open it. Check --answers, or leave out --body-name to continue that body's file.")
        }
        if let period, period != file.period {
            throw CommandFailure(file: path, "is for period \(file.period), not \(period) given with --period; refusing to open it. Start a new answers file for \(period) with 'cyberassess init', or leave out --period to continue this one.")
        }
        for entry in file.questionnaires {
            guard let questionnaire = library.questionnaire(entry.id) else {
                throw CommandFailure(file: path, "answers questionnaire '\(entry.id)', which the library does not have (it has \(library.questionnaires.map(\.id).joined(separator: ", "))); refusing to open it.")
            }
            if questionnaire.version != entry.version {
                throw CommandFailure(file: path, "was written for \(entry.id) version \(entry.version), but the library has version \(questionnaire.version); refusing to open it. Use the library it was written for, or start a new answers file.")
            }
        }
        let problems = AnswersValidator(library: library).validate(file, file: path)
        if !problems.isEmpty {
            throw AssessmentError.invalid([Problem(file: path, mark: nil, message: "has problems to fix before it can be continued (see also: cyberassess validate \(path))")] + problems)
        }
        return (AnswersStore(path: path, library: library, bytes: source.bytes, schema: Self.schema(in: source.bytes)), document)
    }

    /// The schema link for a new file, when the library ships its schema (`init` also says how
    /// to write one beside the file; `assess` writes no link to a file that is not there).
    static func link(forAnswersAt path: String, library: String?) -> String? {
        let link = AnswersSchemaLink(forAnswersAt: path, library: library)
        return link.exists ? link.value : nil
    }

    /// The `$schema=` value of the modeline on a file's first line, if it has one.
    static func schema(in bytes: [UInt8]) -> String? {
        let prefix = "# yaml-language-server: $schema="
        let first = String(decoding: bytes.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
        guard first.hasPrefix(prefix) else { return nil }
        let value = first.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
        return value.isEmpty ? nil : value
    }

    /// Creates a new answers file for `questionnaires` and writes it at once.
    static func create(_ path: String, library: Library, libraryFolder: String?, questionnaires: [Questionnaire], body: Body, period: String, assessor: String?, date: Day) throws -> (AnswersStore, AnswersDocument) {
        let file = AnswersFile(
            body: body, period: period, assessor: assessor, date: date,
            questionnaires: questionnaires.map { QuestionnaireVersion(id: $0.id, version: $0.version) }, answers: [])
        let document = AnswersDocument(file: file)
        var store = AnswersStore(path: path, library: library, bytes: [], schema: Self.link(forAnswersAt: path, library: libraryFolder))
        try store.save(document)
        return (store, document)
    }

    /// Writes the document atomically, as `init` lays a file out: the modeline, each
    /// question's options as a comment above it, and unanswered questions as blank entries.
    mutating func save(_ document: AnswersDocument) throws {
        let (comments, order) = AnswersTemplate.guide(for: document.file.questionnaires.compactMap { library.questionnaire($0.id) })
        let text = try document.yaml(
            order: order, header: AnswersTemplate.modeline(schema: schema) + Self.header, comments: comments, blanks: order)
        try AtomicFile.write(text, to: path)
        bytes = Array(text.utf8)
    }
}
