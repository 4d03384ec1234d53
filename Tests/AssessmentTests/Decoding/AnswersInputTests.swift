import CyberYAML
import Foundation
import TestSupport
import Testing
@testable import Assessment

/// What an answers file may hold, checked the same way by the ordinary decoder and by the
/// fast stream reader: the reader either gives the decoder's result or gives up.
@Suite struct AnswersInputTests {
    static let library = try! Library.loadStrict(directory: Repository.fixtures + "/library")

    static func file(body: String = "{id: B1, name: Body, type: district}", period: String = "2026-27", answers: String = "  G-1: mid") -> String {
        """
        body: \(body)
        period: \(period)
        date: 2026-10-01
        questionnaires: {graded-test: 1.0.0}
        answers:
        \(answers)

        """
    }

    /// Decodes `text` both ways; the fast reader must agree or give up. Returns the decoder's
    /// answers, or its error message with position.
    func read(_ text: String) -> Result<AnswersFile, AssessmentError> {
        let source = SourceFile(path: "a.yaml", bytes: Array(text.utf8))
        let decoded = Result { () throws(AssessmentError) in try source.decodeAnswers().answers }
        if let streamed = AnswersStreamReader.read(source.bytes) {
            #expect(Result.success(streamed.answers) == decoded, "the fast reader accepted what the decoder gives as \(decoded)")
        }
        return decoded
    }

    func problems(_ text: String) -> [String] {
        switch read(text) {
        case .success(let answers): AnswersValidator(library: Self.library).validate(answers, file: "a.yaml").map(\.description)
        case .failure(let error): error.problems.map(\.description)
        }
    }

    // Item 12: a justification of line breaks and spaces says nothing.
    @Test func aBlankJustificationIsRefused() {
        for blank in ["\"\\n\"", "\"  \\n\\t \\r\\n\"", "|\n      \n"] {
            let text = Self.file(answers: "  G-3:\n    answer: na\n    justification: \(blank)")
            #expect(problems(text) == ["a.yaml:7:5: answers.G-3: 'na' needs a written justification; add 'justification: ...' saying why the question does not apply"], "\(blank)")
        }
    }

    @Test func aBlankEvidenceTitleIsRefused() {
        let text = Self.file(answers: "  G-1:\n    answer: mid\n    evidence: [{title: \" \\n\", date: 2026-01-01}]")
        #expect(problems(text) == ["a.yaml:7:5: answers.G-1: evidence needs a title saying what it is, found only spaces"])
    }

    // Item 14: body ids, names, types and periods.
    @Test func emptyBlankOrControlCharacterBodyIdsAreRefused() {
        #expect(problems(Self.file(body: "{id: \"\", name: Body}")) == ["a.yaml:1:12: body.id: expected an identifier such as an ONS/GSS code, found nothing but spaces"])
        #expect(problems(Self.file(body: "{id: \"  \", name: Body}")) == ["a.yaml:1:12: body.id: expected an identifier such as an ONS/GSS code, found nothing but spaces"])
        #expect(problems(Self.file(body: "{id: \"E1\\0\", name: Body}")) == ["a.yaml:1:12: body.id: control characters (U+0000) are not allowed in an identifier"])
        #expect(problems(Self.file(body: "{id: \"E1\\t2\", name: Body}")) == ["a.yaml:1:12: body.id: control characters (U+0009) are not allowed in an identifier"])
        #expect(problems(Self.file(body: "{id: E1, name: \" \"}")) == ["a.yaml:1:22: body.name: expected the body's name, found nothing but spaces"])
    }

    @Test func bodyTypesAreTheDocumentedOnes() {
        #expect(problems(Self.file(body: "{id: B1, name: Body, type: parish}")) == [
            "a.yaml:1:34: body.type: expected one of district, county, unitary, metropolitan, london-borough, other, found \"parish\"",
        ])
        for type in AnswersRules.bodyTypes {
            #expect(problems(Self.file(body: "{id: B1, name: Body, type: \(type)}")) == [])
        }
    }

    @Test func periodsAreFinancialYears() {
        #expect(problems(Self.file(period: "2026-27")) == [])
        #expect(problems(Self.file(period: "1999-00")) == [])
        for bad in ["2026", "2026-28", "../../up", "2026/27", "\"\"", "2026-2027"] {
            let found = bad == "\"\"" ? "" : bad
            #expect(problems(Self.file(period: bad)) == ["a.yaml:2:9: period: expected a financial year written YYYY-YY, such as 2026-27, found \"\(found)\""], "\(bad)")
        }
    }

    @Test func numberAndBooleanTagsOnTextAreRefused() {
        #expect(problems(Self.file(body: "{id: !!int B1, name: Body}")) == ["a.yaml:1:12: body.id: expected text, found a value tagged !!int"])
        #expect(problems(Self.file(answers: "  G-1: !!bool mid")) == ["a.yaml:6:8: answers.G-1: expected text, found a value tagged !!bool"])
        #expect(problems(Self.file(answers: "  G-1: !!str mid")) == [])
    }

    // Item 11: files saved by Windows editors.
    @Test func aByteOrderMarkBeforeTheFirstKeyLoads() throws {
        let text = "\u{FEFF}" + Self.file()
        #expect(problems(text) == [])
        #expect(AnswersStreamReader.read(Array(text.utf8)) != nil)
        let node = try Parser.parse(text)
        #expect(node.mapping?.pairs.first?.key.value == "body")
        #expect(node.mapping?.pairs.first?.key.mark == Mark(line: 1, column: 1))
    }

    @Test func crlfLineEndingsLoadWithTheSamePositions() throws {
        let lf = Self.file(answers: "  G-1: mid\n  G-3:\n    answer: na\n    justification: |\n      Two\n      lines.")
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let a = try read(lf).get(), b = try read(crlf).get()
        #expect(a == b)
        #expect(a.answers.map(\.mark) == b.answers.map(\.mark))
        #expect(b.answer("G-3")?.justification == "Two\nlines.\n")
        #expect(AnswersStreamReader.read(Array(crlf.utf8))?.answers == b)
    }

    // Item 9: notes without an answer are kept, checked and reported.
    @Test func anEntryWithOnlyNotesIsKeptAndChecked() throws {
        let text = Self.file(answers: "  G-1:\n    comment: Asked IT.\n    evidence: [{title: Plan, date: 2027-01-01}]\n  G-2: high")
        let answers = try read(text).get()
        #expect(answers.answer("G-1")?.comment == "Asked IT.")
        #expect(answers.answer("G-1")?.choice == .unanswered)
        #expect(AnswersStreamReader.read(Array(text.utf8))?.answers == answers)
        #expect(problems(text) == ["a.yaml:7:5: answers.G-1: evidence 'Plan' is dated 2027-01-01, after the assessment date 2026-10-01; check the date"])
    }

    @Test func notesReachTheReportAndStaleEvidenceIsFlagged() throws {
        let text = Self.file(answers: "  G-1:\n    answer:\n    comment: Asked IT.\n    evidence: [{title: Old plan, date: 2020-01-01}]\n  G-2: high")
        let answers = try read(text).get()
        let report = try Scorer(library: Self.library).score(answers, file: "a.yaml", answersSHA256: "")
        let question = report.topics.flatMap { $0.domains.flatMap(\.questions) }.first { $0.id == "G-1" }
        #expect(question?.status == .unanswered)
        #expect(question?.comment == "Asked IT.")
        #expect(report.staleEvidence.map(\.title) == ["Old plan"])
        #expect(report.unanswered.map(\.id).contains("G-1"))
    }

    @Test func anEmptyEntryIsStillBlank() throws {
        let answers = try read(Self.file(answers: "  G-1:\n  G-2: {}\n  G-4: {answer: }")).get()
        #expect(answers.answers.isEmpty)
    }
}
