import Assessment
import Authoring
import Testing
@testable import cyberassess

/// The lines `merge` prints about what it did.
@Suite struct MergeSummaryTests {
    func input(_ name: String, _ answers: [Answer], notes: [QuestionNote] = []) -> AnswersMerge.Input {
        AnswersMerge.Input(name: name, document: AnswersDocument(file: AnswersFile(
            body: Body(id: "E1", name: "Test Council"), period: "2026-27", assessor: nil, date: Day(year: 2026, month: 10, day: 1),
            questionnaires: [QuestionnaireVersion(id: "mini", version: "1.0.0")], answers: answers), notes: notes))
    }

    @Test func countsEachKindOfAnswerAndListsConflicts() throws {
        let a = Answer(questionID: "MIN-A-01", choice: .option("some"), comment: "Servers only")
        let b = Answer(questionID: "MIN-A-01", choice: .option("all"))
        let merged = try AnswersMerge.merge([
            input("a.yaml", [a, Answer(questionID: "MIN-B-01", choice: .option("open"))], notes: [QuestionNote(questionID: "MIN-C-01", comment: "Ask")]),
            input("b.yaml", [b]),
        ])
        #expect(merged.summary == [
            "1 answer merged: 1 from one file only, 0 agreeing, 0 settled by --prefer; 1 unresolved conflict",
            "1 note on unanswered questions kept",
            "conflict MIN-A-01:",
            "  a.yaml: some; comment \"Servers only\"",
            "  b.yaml: all",
        ])
    }

    @Test func settledConflictsAndNothingElse() throws {
        let merged = try AnswersMerge.merge([
            input("a.yaml", [Answer(questionID: "Q", choice: .option("x"))]),
            input("b.yaml", [Answer(questionID: "Q", choice: .notApplicable, justification: "Outsourced")]),
        ], prefer: "b.yaml")
        #expect(merged.summary == [
            "1 answer merged: 0 from one file only, 0 agreeing, 1 settled by --prefer; 0 unresolved conflicts",
            "settled Q: kept the answer in b.yaml",
            "  a.yaml: x",
            "  b.yaml: na; justification Outsourced",
        ])
    }
}
