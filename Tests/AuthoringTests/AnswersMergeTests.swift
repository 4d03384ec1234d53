import Testing
@testable import Assessment
@testable import Authoring

@Suite struct AnswersMergeTests {
    func input(_ name: String, _ answers: [Answer], notes: [QuestionNote] = [], body: String = "E1", period: String = "2026-27", version: String = "1.0.0", assessor: String? = nil, date: Day = Day(year: 2026, month: 10, day: 1)) -> AnswersMerge.Input {
        AnswersMerge.Input(name: name, document: AnswersDocument(file: AnswersFile(
            body: Body(id: body, name: "Test Council"), period: period, assessor: assessor, date: date,
            questionnaires: [QuestionnaireVersion(id: "mini", version: version)], answers: answers), notes: notes))
    }

    @Test func answersInOneFileOnlyAreTaken() throws {
        let merged = try AnswersMerge.merge([
            input("a.yaml", [Answer(questionID: "MIN-A-01", choice: .option("some"))]),
            input("b.yaml", [Answer(questionID: "MIN-B-01", choice: .notApplicable, justification: "No server room")]),
        ])
        #expect(merged.document.file.answers == [
            Answer(questionID: "MIN-A-01", choice: .option("some")),
            Answer(questionID: "MIN-B-01", choice: .notApplicable, justification: "No server room"),
        ])
        #expect(merged.single == ["MIN-A-01", "MIN-B-01"])
        #expect(merged.agreed == [])
        #expect(merged.conflicts == [])
    }

    @Test func agreeingAnswersAreTakenOnceWithCommentsAndEvidenceCombined() throws {
        let log = Evidence(title: "Backup log", location: "IT share")
        let test = Evidence(title: "Restore test", date: Day(year: 2026, month: 3, day: 1))
        let merged = try AnswersMerge.merge([
            input("a.yaml", [
                Answer(questionID: "MIN-A-01", choice: .option("some"), comment: "Servers only", answeredBy: "Ann", evidence: [log]),
                Answer(questionID: "MO-T-01", choice: .indicators(["PA1", "A1"])),
            ]),
            input("b.yaml", [
                Answer(questionID: "MIN-A-01", choice: .option("some"), comment: "Not laptops", answeredBy: "Bob", evidence: [log, test]),
                Answer(questionID: "MO-T-01", choice: .indicators(["A1", "PA1"])),
            ]),
        ])
        #expect(merged.document.file.answers == [
            Answer(questionID: "MIN-A-01", choice: .option("some"), comment: "Servers only\nNot laptops", answeredBy: "Ann, Bob", evidence: [log, test]),
            Answer(questionID: "MO-T-01", choice: .indicators(["PA1", "A1"])),
        ])
        #expect(merged.agreed == ["MIN-A-01", "MO-T-01"])
        #expect(merged.conflicts == [])
    }

    @Test func differingAnswersAreAConflictLeftBlankAndListed() throws {
        let a = Answer(questionID: "MIN-A-01", choice: .option("some"), comment: "Servers only", answeredBy: "Ann")
        let b = Answer(questionID: "MIN-A-01", choice: .option("all"), answeredBy: "Bob")
        let merged = try AnswersMerge.merge([
            input("a.yaml", [a, Answer(questionID: "MIN-B-01", choice: .option("open"))]),
            input("b.yaml", [b]),
        ])
        #expect(merged.conflicts == [AnswersMerge.Conflict(questionID: "MIN-A-01", sides: [.init(file: "a.yaml", answer: a), .init(file: "b.yaml", answer: b)], settledBy: nil)])
        #expect(merged.unresolved.count == 1)
        #expect(merged.document.file.answers.map(\.questionID) == ["MIN-B-01"])
        #expect(AnswersMerge.outline(merged.conflicts[0], indent: "", title: "conflict ") == [
            "conflict MIN-A-01:",
            "  a.yaml: some; comment \"Servers only\"; answered by Ann",
            "  b.yaml: all; answered by Bob",
        ])
        #expect(try merged.yaml(order: ["MIN-A-01", "MIN-B-01"]) == """
            # Merged by cyberassess merge from a.yaml, b.yaml.
            #
            # 1 conflict is left for a person to settle; its question is left blank below:
            #   MIN-A-01:
            #     a.yaml: some; comment "Servers only"; answered by Ann
            #     b.yaml: all; answered by Bob
            body:
              id: E1
              name: Test Council
            period: 2026-27
            date: 2026-10-01
            questionnaires:
              mini: 1.0.0
            answers:
              # Conflict, left for a person to settle:
              # a.yaml: some; comment "Servers only"; answered by Ann
              # b.yaml: all; answered by Bob
              MIN-A-01:
              MIN-B-01: open

            """)
    }

    @Test func preferSettlesConflictsInOneFilesFavourAndSaysSo() throws {
        let a = Answer(questionID: "MIN-A-01", choice: .option("some"))
        let b = Answer(questionID: "MIN-A-01", choice: .notApplicable, justification: "Outsourced")
        let merged = try AnswersMerge.merge([input("a.yaml", [a]), input("b.yaml", [b])], prefer: "b.yaml")
        #expect(merged.document.file.answers == [b])
        #expect(merged.conflicts.map(\.settledBy) == ["b.yaml"])
        #expect(merged.unresolved == [])
        #expect(AnswersMerge.outline(merged.conflicts[0], indent: "", title: "settled ") == [
            "settled MIN-A-01: kept the answer in b.yaml",
            "  a.yaml: some",
            "  b.yaml: na; justification Outsourced",
        ])
        #expect(try merged.yaml().hasPrefix("""
            # Merged by cyberassess merge from a.yaml, b.yaml.
            #
            # Settled by --prefer b.yaml:
            #   MIN-A-01: kept the answer in b.yaml
            #     a.yaml: some
            #     b.yaml: na; justification Outsourced

            """))
    }

    @Test func notesOnUnansweredQuestionsAreKept() throws {
        let merged = try AnswersMerge.merge([
            input("a.yaml", [Answer(questionID: "MIN-A-01", choice: .option("some"))], notes: [QuestionNote(questionID: "MIN-B-01", comment: "Ask facilities")]),
            input("b.yaml", [], notes: [QuestionNote(questionID: "MIN-A-01", comment: "Check laptops"), QuestionNote(questionID: "MIN-B-01", comment: "Key holder list")]),
        ])
        #expect(merged.document.file.answers == [Answer(questionID: "MIN-A-01", choice: .option("some"), comment: "Check laptops")])
        #expect(merged.document.notes == [QuestionNote(questionID: "MIN-B-01", comment: "Ask facilities\nKey holder list")])
    }

    @Test func headerDifferencesAreReportedAndTheLatestDateKept() throws {
        let merged = try AnswersMerge.merge([
            input("a.yaml", [], assessor: "Ann", date: Day(year: 2026, month: 9, day: 1)),
            input("b.yaml", [], assessor: "Bob", date: Day(year: 2026, month: 10, day: 1)),
        ])
        #expect(merged.document.file.assessor == "Ann")
        #expect(merged.document.file.date == Day(year: 2026, month: 10, day: 1))
        #expect(merged.differences.map(AnswersMerge.describe) == [
            "assessor: a.yaml Ann, b.yaml Bob; kept Ann",
            "date: a.yaml 2026-09-01, b.yaml 2026-10-01; kept 2026-10-01",
        ])
    }

    @Test func refusesFilesForAnotherBodyPeriodOrVersion() {
        #expect(throws: AnswersMerge.Refusal.differentBodies(["a.yaml: E1 (Test Council)", "b.yaml: E2 (Test Council)"])) {
            try AnswersMerge.merge([input("a.yaml", []), input("b.yaml", [], body: "E2")])
        }
        #expect(throws: AnswersMerge.Refusal.differentPeriods(["a.yaml: 2026-27", "b.yaml: 2025-26"])) {
            try AnswersMerge.merge([input("a.yaml", []), input("b.yaml", [], period: "2025-26")])
        }
        #expect(throws: AnswersMerge.Refusal.differentVersions(questionnaire: "mini", ["a.yaml: mini 1.0.0", "b.yaml: mini 1.1.0"])) {
            try AnswersMerge.merge([input("a.yaml", []), input("b.yaml", [], version: "1.1.0")])
        }
        #expect(throws: AnswersMerge.Refusal.preferNotAnInput("c.yaml", inputs: ["a.yaml", "b.yaml"])) {
            try AnswersMerge.merge([input("a.yaml", []), input("b.yaml", [])], prefer: "c.yaml")
        }
    }

    @Test func conflictListingsKeepEveryDetailOfEachSide() throws {
        let a = Answer(questionID: "Q", choice: .indicators(["PA1"]), evidence: [Evidence(title: "Alert log", location: "SOC share", date: Day(year: 2026, month: 2, day: 3)), Evidence(title: "Rota")])
        let b = Answer(questionID: "Q", choice: .notApplicable, justification: "No SOC")
        let merged = try AnswersMerge.merge([input("a.yaml", [a]), input("b.yaml", [b])])
        #expect(AnswersMerge.outline(merged.conflicts[0], indent: "", title: "conflict ") == [
            "conflict Q:",
            "  a.yaml: agreed [PA1]; evidence \"Alert log\" (\"SOC share\", 2026-02-03), Rota",
            "  b.yaml: na; justification \"No SOC\"",
        ])
    }

    @Test func quotedTextCannotBreakACommentOrATerminal() {
        #expect(AnswersMerge.quoted("plain-value") == "plain-value")
        #expect(AnswersMerge.quoted("two words") == "\"two words\"")
        #expect(AnswersMerge.quoted("a\nb\u{1B}[2J\"") == "\"a\\nb\\u{1b}[2J\\\"\"")
    }
}
