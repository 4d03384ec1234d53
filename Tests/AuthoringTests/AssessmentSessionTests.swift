import Foundation
import CyberYAML
import TestSupport
import Testing
@testable import Assessment
@testable import Authoring

/// Small questionnaires for driving a session: graded (with applies_if and allow_na),
/// outcome and cumulative.
enum SessionFixture {
    /// Shared with the CLI tests.
    static let graded = FixtureFiles.miniQuestionnaire

    static let outcome = """
        id: mini-out
        version: 2.0.0
        title: Mini outcomes
        topic: ecosystem
        scoring: outcome
        scale: [{level: 0, name: L0}, {level: 1, name: L1}, {level: 2, name: L2}, {level: 3, name: L3}, {level: 4, name: L4}, {level: 5, name: L5}]
        target: 3
        domains:
          - id: MO-T
            title: Threats
            questions:
              - id: MO-T-01
                text: Threat intelligence is acted on.
                indicators:
                  not_achieved: [{id: NA1, text: Nobody reads alerts.}]
                  partially_achieved: [{id: PA1, text: Alerts are read.}]
                  achieved: [{id: A1, text: Alerts are acted on.}, {id: A2, text: Lessons are shared.}]
        """

    static let cumulative = """
        id: mini-cum
        version: 1.0.0
        title: Mini practices
        topic: analytics
        scoring: cumulative
        scale: [{level: 0, name: None}, {level: 1, name: Basic}]
        target: 1
        domains:
          - id: MC-L
            title: Logging
            questions:
              - id: MC-L-01
                text: Logs are collected centrally.
                practice_level: 1
        """

    static func questionnaire(_ yaml: String) throws -> Questionnaire {
        try NodeDecoder().decode(Questionnaire.self, from: Parser.parse(yaml))
    }

    static func document(_ answers: [Answer] = [], notes: [QuestionNote] = [], questionnaires: [(String, String)] = [("mini", "1.0.0")]) -> AnswersDocument {
        AnswersDocument(file: AnswersFile(
            body: Body(id: "E1", name: "Test Council"), period: "2026-27", date: Day(year: 2026, month: 10, day: 1),
            questionnaires: questionnaires.map { QuestionnaireVersion(id: $0.0, version: $0.1) }, answers: answers), notes: notes)
    }

    static func session(_ yaml: String = graded, _ answers: [Answer] = [], review: Bool = false) throws -> AssessmentSession {
        AssessmentSession(questionnaires: [try questionnaire(yaml)], document: document(answers), review: review)
    }
}

extension AssessmentSession.Screen {
    var view: QuestionView? { if case .question(let v) = self { v } else { nil } }
    var questionID: String? { view?.questionID }
}

@Suite struct AssessmentSessionTests {
    @Test func startsAtTheFirstQuestionWithNumberedOptionsAndProgress() throws {
        let session = try SessionFixture.session()
        let view = try #require(session.screen.view)
        #expect(view.questionID == "MIN-A-01")
        #expect(view.domainID == "MIN-A")
        #expect(view.domainTitle == "Alpha")
        // MIN-A-02 does not apply until MIN-A-01 is answered some or all.
        #expect((view.number, view.answered, view.applicable) == (1, 0, 2))
        #expect(view.options.map(\.number) == [1, 2, 3])
        #expect(view.options.map(\.label) == ["No backups", "Some systems", "All systems"])
        #expect(view.options.map(\.detail) == ["level 0", "level 1", "level 2"])
        #expect(view.options.allSatisfy { !$0.chosen })
        #expect(view.current == nil)
        #expect(view.guidance == nil && view.hasGuidance)
        #expect(view.keys == "1-3 answer · c comment · e evidence · b back · s skip · ? guidance · q save and quit")
    }

    @Test func aNumberAnswersSavesAndMovesOn() throws {
        var session = try SessionFixture.session()
        let response = session.handle("2")
        #expect(response.notices == ["Saved MIN-A-01: some."])
        #expect(response.changed)
        #expect(response.screen.questionID == "MIN-A-02")
        #expect(session.document.file.answers == [Answer(questionID: "MIN-A-01", choice: .option("some"))])
        #expect(session.progress == (1, 3))
    }

    @Test func anOptionValueAnswersToo() throws {
        var session = try SessionFixture.session()
        #expect(session.handle("ALL").notices == ["Saved MIN-A-01: all."])
    }

    @Test func appliesIfIsJudgedAgainAsAnswersChange() throws {
        var session = try SessionFixture.session()
        #expect(session.handle("1").screen.questionID == "MIN-B-01")   // none: MIN-A-02 does not apply
        #expect(session.progress == (1, 2))
        #expect(session.handle("b").screen.questionID == "MIN-A-01")
        let view = try #require(session.screen.view)
        #expect(view.options.map(\.chosen) == [true, false, false])
        #expect(view.current == "none: No backups")
        #expect(session.handle("3").screen.questionID == "MIN-A-02")  // all: now it applies
        #expect(session.progress == (1, 3))
    }

    @Test func wrongInputSaysWhatWorks() throws {
        var session = try SessionFixture.session()
        let response = session.handle("7")
        #expect(response.notices == ["'7' is not an option here; type 1-3, c, e, b, s, ? or q."])
        #expect(!response.changed)
        #expect(response.screen.questionID == "MIN-A-01")
        #expect(session.handle("").notices == ["Type a number to answer, s to skip or q to save and quit."])
        #expect(session.handle("b").notices == ["This is the first question."])
        #expect(session.handle("n").notices == ["MIN-A-01 cannot be marked not applicable."])
    }

    @Test func notApplicableNeedsAJustification() throws {
        var session = try SessionFixture.session()
        _ = session.handle("1")
        #expect(session.handle("n").screen == .prompt(.justification(question: "MIN-B-01")))
        let cancelled = session.handle("  ")
        #expect(cancelled.notices == ["Not marked not applicable: a justification is required."])
        #expect(!cancelled.changed)
        #expect(cancelled.screen.questionID == "MIN-B-01")
        _ = session.handle("n")
        let saved = session.handle("No server room since the move to the cloud.")
        #expect(saved.notices == ["Saved MIN-B-01: not applicable."])
        #expect(saved.changed)
        #expect(saved.screen == .finished(.allAnswered))
        #expect(session.document.file.answer("MIN-B-01") == Answer(questionID: "MIN-B-01", choice: .notApplicable, justification: "No server room since the move to the cloud."))
    }

    @Test func guidanceIsShownOnRequest() throws {
        var session = try SessionFixture.session()
        #expect(session.handle("?").screen.view?.guidance == "Look at the backup log.")
        #expect(session.handle("?").screen.view?.guidance == nil)
        _ = session.handle("1")
        #expect(session.handle("?").notices == ["There is no guidance for MIN-B-01."])
    }

    @Test func commentAndEvidenceBeforeAnAnswerAreKeptAsANoteThenMoveIntoIt() throws {
        var session = try SessionFixture.session()
        #expect(session.handle("c").screen == .prompt(.comment(question: "MIN-A-01", current: nil)))
        let comment = session.handle("Ask the service desk")
        #expect(comment.notices == ["Saved the comment on MIN-A-01."])
        #expect(comment.changed)
        #expect(session.document.notes == [QuestionNote(questionID: "MIN-A-01", comment: "Ask the service desk")])

        #expect(session.handle("e").screen == .prompt(.evidenceTitle(question: "MIN-A-01")))
        #expect(session.handle("Backup log").screen == .prompt(.evidenceLocation(title: "Backup log")))
        #expect(session.handle("").screen == .prompt(.evidenceDate(title: "Backup log", latest: Day(year: 2026, month: 10, day: 1))))
        #expect(session.handle("March").notices == ["'March' is not a date written YYYY-MM-DD."])
        #expect(session.handle("2026-11-01").notices == ["2026-11-01 is after the assessment date 2026-10-01; evidence must predate it."])
        let added = session.handle("2026-03-12")
        #expect(added.notices == ["Added evidence 'Backup log' to MIN-A-01."])
        #expect(added.changed)
        #expect(added.screen.view?.evidence == [Evidence(title: "Backup log", date: Day(year: 2026, month: 3, day: 12))])

        _ = session.handle("3")
        #expect(session.document.notes == [])
        #expect(session.document.file.answer("MIN-A-01") == Answer(
            questionID: "MIN-A-01", choice: .option("all"), comment: "Ask the service desk",
            evidence: [Evidence(title: "Backup log", date: Day(year: 2026, month: 3, day: 12))]))
    }

    @Test func commentsCanBeKeptReplacedOrRemoved() throws {
        var session = try SessionFixture.session(SessionFixture.graded, [Answer(questionID: "MIN-A-01", choice: .option("none"), comment: "Old")], review: true)
        _ = session.handle("c")
        #expect(session.screen == .prompt(.comment(question: "MIN-A-01", current: "Old")))
        #expect(session.handle("").notices == ["Comment kept."])
        _ = session.handle("c")
        _ = session.handle("New")
        #expect(session.document.file.answer("MIN-A-01")?.comment == "New")
        _ = session.handle("c")
        #expect(session.handle("-").notices == ["Removed the comment on MIN-A-01."])
        #expect(session.document.file.answer("MIN-A-01")?.comment == nil)
    }

    @Test func skippingLeavesQuestionsUnansweredAndTheEndSaysHowMany() throws {
        var session = try SessionFixture.session()
        let skipped = session.handle("s")
        #expect(skipped.notices == ["Skipped MIN-A-01."])
        #expect(!skipped.changed)
        #expect(skipped.screen.questionID == "MIN-B-01")
        #expect(session.handle("2").screen == .finished(.endOfQuestions(unanswered: 1)))
        #expect(session.position == nil)
    }

    @Test func quitEndsTheSessionAndIgnoresLaterInput() throws {
        var session = try SessionFixture.session()
        _ = session.handle("2")
        #expect(session.handle("q").screen == .finished(.quit(unanswered: 2)))
        let after = session.handle("1")
        #expect(after == AssessmentSession.Response(notices: [], screen: .finished(.quit(unanswered: 2)), changed: false))
    }

    @Test func resumesAtTheFirstUnansweredQuestion() throws {
        let answered = [Answer(questionID: "MIN-A-01", choice: .option("some"))]
        let session = try SessionFixture.session(SessionFixture.graded, answered)
        let view = try #require(session.screen.view)
        #expect(view.questionID == "MIN-A-02")
        #expect((view.number, view.answered, view.applicable) == (2, 1, 3))
    }

    @Test func reviewWalksAnsweredQuestionsAndEnterKeepsTheAnswer() throws {
        let answered = [
            Answer(questionID: "MIN-A-01", choice: .option("some")),
            Answer(questionID: "MIN-A-02", choice: .option("yearly")),
            Answer(questionID: "MIN-B-01", choice: .option("locked")),
        ]
        #expect(try SessionFixture.session(SessionFixture.graded, answered).screen == .finished(.allAnswered))
        var session = try SessionFixture.session(SessionFixture.graded, answered, review: true)
        #expect(session.screen.view?.keys == "1-3 answer · c comment · e evidence · b back · s skip · ? guidance · Enter keep · q save and quit")
        let kept = session.handle("")
        #expect(kept.notices == [])
        #expect(!kept.changed)
        #expect(kept.screen.questionID == "MIN-A-02")
        #expect(session.handle("1").screen.questionID == "MIN-B-01")
        #expect(session.document.file.answer("MIN-A-02")?.choice == .option("never"))
    }

    @Test func outcomeQuestionsTakeIndicatorIdsOrNumbers() throws {
        var session = try SessionFixture.session(SessionFixture.outcome, review: true)
        let view = try #require(session.screen.view)
        #expect(view.options == [])
        #expect(view.statements.map(\.id) == ["NA1", "PA1", "A1", "A2"])
        #expect(view.statements.map(\.number) == [1, 2, 3, 4])
        #expect(view.statements.map(\.column) == [.notAchieved, .partiallyAchieved, .achieved, .achieved])
        #expect(view.keys == "ids or numbers answer (e.g. A1 A2), +ID/-ID adjust, none · c comment · e evidence · b back · s skip · q save and quit")

        // Typed in any order and case; kept in the questionnaire's order.
        let typed = session.handle("a1 PA1")
        #expect(typed.notices == ["Saved MO-T-01: agreed PA1, A1."])
        #expect(typed.screen == .finished(.allAnswered))
        #expect(session.document.file.answer("MO-T-01")?.choice == .indicators(["PA1", "A1"]))

        session = AssessmentSession(questionnaires: [try SessionFixture.questionnaire(SessionFixture.outcome)], document: session.document, review: true)
        #expect(session.screen.view?.current == "agreed PA1, A1 (Partially achieved)")
        let adjusted = session.handle("+4 -PA1")
        #expect(adjusted.notices == ["Saved MO-T-01: agreed A1, A2."])
        #expect(adjusted.screen.view?.statements.map(\.agreed) == [false, false, true, true])
        #expect(adjusted.screen.view?.current == "agreed A1, A2 (Achieved)")
        #expect(session.handle("Z9").notices == ["'Z9' is not an indicator here; type ids or numbers such as NA1 PA1, or none."])
        #expect(session.handle("none").notices == ["Saved MO-T-01: no statements agreed."])
        #expect(session.document.file.answer("MO-T-01")?.choice == .indicators([]))
    }

    @Test func cumulativePracticesOfferTheDefaultOptions() throws {
        var session = try SessionFixture.session(SessionFixture.cumulative)
        let view = try #require(session.screen.view)
        #expect(view.practiceLevel == 1)
        #expect(view.options.map(\.value) == ["met", "largely", "partly", "not-met"])
        #expect(view.options.map(\.detail) == ["counts as met", "counts as met", "not met", "not met"])
        #expect(session.handle("2").notices == ["Saved MC-L-01: largely."])
    }

    @Test func answeredByIsRecordedWhenGiven() throws {
        var session = AssessmentSession(questionnaires: [try SessionFixture.questionnaire(SessionFixture.graded)], document: SessionFixture.document(), answeredBy: "J. Smith")
        _ = session.handle("1")
        #expect(session.document.file.answer("MIN-A-01")?.answeredBy == "J. Smith")
    }

    @Test func notesSurviveWritingAndReadingTheFile() throws {
        let document = SessionFixture.document(
            [Answer(questionID: "MIN-B-01", choice: .option("open")), Answer(questionID: "MIN-A-01", choice: .option("some"))],
            notes: [QuestionNote(questionID: "MIN-A-02", comment: "Ask IT", evidence: [Evidence(title: "Log", location: "IT share")])])
        let text = try document.yaml(order: ["MIN-A-01", "MIN-A-02", "MIN-B-01"])
        #expect(text == """
            body:
              id: E1
              name: Test Council
            period: 2026-27
            date: 2026-10-01
            questionnaires:
              mini: 1.0.0
            answers:
              MIN-A-01: some
              MIN-A-02:
                comment: Ask IT
                evidence:
                - title: Log
                  location: IT share
              MIN-B-01: open

            """)
        let read = try AnswersDocument(source: SourceFile(path: "x.yaml", bytes: Array(text.utf8)))
        #expect(read.notes == document.notes)
        #expect(read.file.answers.map(\.questionID) == ["MIN-A-01", "MIN-B-01"])
    }
}
