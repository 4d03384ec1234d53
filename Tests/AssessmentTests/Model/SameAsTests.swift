import CyberYAML
import Foundation
import TestSupport
import Testing
@testable import Assessment
import Authoring

/// `same_as` (one fact, one home) and `applies_if: {body_type: ...}`, on the small library in
/// Fixtures/reuse-library, with every score worked by hand.
@Suite struct SameAsTests {
    static let library = try! Library.loadStrict(directory: Repository.fixtures + "/reuse-library")
    static let answers = Repository.fixtures + "/reuse-answers"

    func score(_ name: String) throws -> Report {
        try Scorer(library: Self.library).score(file: Self.answers + "/\(name).yaml")
    }

    func question(_ report: Report, _ id: String) throws -> QuestionResult {
        try #require(report.topics.flatMap { $0.domains.flatMap(\.questions) }.first { $0.id == id })
    }

    // home-test: H-D1 (4 + 2) / 2 = 3, H-D2 H-3 = 1, topic (3 + 1) / 2 = 2.
    // reuser-test: R-D1 counts R-1 alone = 3 (R-2 shows H-1's level 4 and counts nowhere),
    // R-D2 holds only R-3, which shows H-3's level 1: no score; topic 3. Overall (2 + 3) / 2 = 2.5.
    // In scope: H-1, H-2, H-3, R-1 = 4, all answered.
    @Test func aCountyCountsEachFactOnce() throws {
        let report = try score("county")
        #expect(report.topics.map(\.score) == [2, 3])
        #expect(report.topics[1].domains.map(\.score) == [3, nil])
        #expect(report.overall.score == 2.5)
        #expect(report.overall.inScope == 4)
        #expect(report.overall.answered == 4)
        #expect(report.overall.completeness == 100)
        let r2 = try question(report, "R-2")
        #expect(r2.answerFrom == "H-1")
        #expect(r2.status == .answered)
        #expect(r2.level == 4)
        #expect(r2.label == "Level four")
        #expect(r2.met == true)
        #expect(r2.comment?.contains("Answer taken from H-1") == true)
        let r3 = try question(report, "R-3")
        #expect((r3.answerFrom, r3.level, r3.met) == ("H-3", 1, false))
        // H-3 is below target once, so it is recommended once: not again for R-3.
        #expect(report.recommendations.map(\.question) == ["H-3"])
        #expect(report.unanswered.isEmpty)
    }

    // H-1 answered at level 0: R-2 shows the same level 0, but the headline counts the fact
    // once (H-1 alone), and the plan of batch's fast path agrees.
    @Test func aFactAtLevelZeroIsCountedOnceInTheHeadline() throws {
        let text = try String(contentsOfFile: Self.answers + "/county.yaml", encoding: .utf8).replacingOccurrences(of: "H-1: l4", with: "H-1: l0")
        let answers = try Scorer.decodeAnswers(SourceFile(path: "county.yaml", bytes: Array(text.utf8)))
        let report = try Scorer(library: Self.library).score(answers, file: "county.yaml", answersSHA256: "")
        #expect(try question(report, "R-2").level == 0)
        #expect(report.overall.levelZeroQuestions == 1)
        let compiled = try #require(CompiledScorer(library: Self.library, options: ScoringOptions()))
        let scored = try #require(CompiledAnswers(answers, compiled: compiled).flatMap { compiled.score($0) })
        #expect(scored.overall.levelZeroQuestions == 1)
    }

    // H-3 applies only to county, unitary, metropolitan and London councils, so for a district
    // it is excluded, and R-3, which shows its answer, with it. home-test: H-D1 = 3, H-D2 no
    // score, topic 3; reuser-test: R-D1 = 3, topic 3; overall 3. In scope: H-1, H-2, R-1 = 3.
    @Test func aDistrictHasCountyOnlyQuestionsLeftOutAutomatically() throws {
        let report = try score("district")
        #expect(report.topics.map(\.score) == [3, 3])
        #expect(report.topics[0].domains.map(\.score) == [3, nil])
        #expect(report.overall.score == 3)
        #expect(report.overall.inScope == 3)
        #expect(report.overall.completeness == 100)
        #expect(try question(report, "H-3").status == .excluded)
        #expect(try question(report, "R-3").status == .excluded)
        #expect(report.recommendations.isEmpty)
    }

    // Without home-test, R-2 and R-3 are asked here, with H-1's and H-3's options:
    // R-D1 (3×1 + 1×2) / 3 = 5/3 → 1.67; R-3 unanswered = 0 → R-D2 0; topic 5/6 → 0.83.
    @Test func withoutItsHomeAReusingQuestionIsAskedItself() throws {
        let report = try score("reuser-alone")
        #expect(report.topics[0].domains.map(\.score) == [1.67, 0])
        #expect(report.overall.score == 0.83)
        #expect(report.overall.inScope == 3)
        #expect(report.overall.completeness == 66.67)
        #expect(try question(report, "R-2").answerFrom == nil)
        #expect(report.unanswered.map(\.id) == ["R-3"])
    }

    @Test func answeringAReusingQuestionIsRefusedWithItsPlace() throws {
        let text = """
            body: {id: E1, name: Council, type: county}
            period: 2026-27
            date: 2026-10-01
            questionnaires: {home-test: 1.0.0, reuser-test: 1.0.0}
            answers:
              H-1: l2
              R-2: l3

            """
        let answers = try NodeDecoder().decode(AnswersFile.self, from: Parser.parse(text))
        let problems = AnswersValidator(library: Self.library).validate(answers, file: "a.yaml").map(\.description)
        #expect(problems == ["a.yaml:7:3: answers: R-2 takes its answer from H-1 (same_as), so one fact is answered once; move this answer to H-1 and delete it here"])
    }

    @Test func initAndAssessDoNotAskAReusingQuestion() throws {
        let questionnaires = Self.library.questionnaires
        #expect(questionnaires.reusedQuestionIDs == ["R-2", "R-3"])
        #expect([Self.library.questionnaires[1]].reusedQuestionIDs == [])
        let template = try AnswersTemplate.make(questionnaires: questionnaires, body: Body(id: "E1", name: "C"), period: "2026-27", assessor: nil, date: Day(year: 2026, month: 10, day: 1))
        #expect(!template.contains("R-2:"))
        #expect(template.contains("R-1:"))
        #expect(template.contains("-- R-D1: Reporting --"))
        #expect(!template.contains("R-D2"))
        #expect(template.contains("only for county, unitary, metropolitan, london-borough councils"))

        // assess: are never shown; H-3 is passed over for a district, asked of a county.
        func session(_ type: String) -> AssessmentSession {
            let file = AnswersFile(body: Body(id: "E1", name: "C", type: type), period: "2026-27", assessor: nil,
                                   date: Day(year: 2026, month: 10, day: 1),
                                   questionnaires: questionnaires.map { QuestionnaireVersion(id: $0.id, version: $0.version) }, answers: [])
            return AssessmentSession(questionnaires: questionnaires, document: AnswersDocument(file: file))
        }
        let district = session("district"), county = session("county")
        #expect(district.items.map(\.question.id) == ["H-1", "H-2", "H-3", "R-1"])
        #expect(district.progress.applicable == 3)
        #expect(county.progress.applicable == 4)
    }

    /// Each same_as and body_type rule, with its exact message and position.
    @Test func validationNamesEveryBrokenReference() throws {
        let problems = try LibraryFolder.check([
            "a.yaml": """
                id: a
                version: 1.0.0
                title: A
                topic: t
                scale: [{level: 0, name: Zero}, {level: 1, name: One}, {level: 2, name: Two}]
                target: 1
                domains:
                  - id: D
                    title: D
                    questions:
                      - {id: A-1, text: One, answers: [{value: no, label: No, level: 0}, {value: yes, label: Yes, level: 2}]}
                      - {id: A-2, text: Two, same_as: A-9}
                      - {id: A-3, text: Three, same_as: A-4}
                      - {id: A-4, text: Four, same_as: A-3}
                      - {id: A-5, text: Five, same_as: A-2}
                      - {id: A-6, text: Six, same_as: A-1, answers: [{value: no, label: No, level: 0}, {value: yes, label: Yes, level: 1}]}
                      - {id: A-7, text: Seven, same_as: B-1}
                      - {id: A-8, text: Eight, applies_if: {body_type: [county, shire]}, answers: [{value: no, label: No, level: 0}, {value: yes, label: Yes, level: 2}]}

                """,
            "b.yaml": """
                id: b
                version: 1.0.0
                title: B
                topic: t
                scale: [{level: 0, name: Zero}, {level: 1, name: One}, {level: 2, name: Two}, {level: 3, name: Three}]
                target: 1
                domains:
                  - id: E
                    title: E
                    questions:
                      - {id: B-1, text: One, answers: [{value: no, label: No, level: 0}, {value: yes, label: Yes, level: 3}]}

                """,
        ]).problems
        #expect(problems == [
            "a.yaml:12:39: question A-2: same_as names unknown question 'A-9' (did you mean 'A-1'?); name the question whose answer this one reuses",
            "a.yaml:13:41: question A-3: same_as forms a cycle: A-3 -> A-4 -> A-3; remove same_as from the one of them that should be asked, so the fact has one home",
            "a.yaml:14:40: question A-4: same_as forms a cycle: A-4 -> A-3 -> A-4; remove same_as from the one of them that should be asked, so the fact has one home",
            "a.yaml:15:40: question A-5: same_as forms a chain: A-5 -> A-2 -> A-9; name A-9, the question at the end of the chain, so each fact has one home",
            "a.yaml:16:39: question A-6: same_as names A-1, whose options (no level 0, yes level 2) differ from this question's (no level 0, yes level 1); expected the same values and levels: leave out 'answers' to use A-1's",
            "a.yaml:17:41: question A-7: same_as names B-1, scored graded on 0..3, but a is scored graded on 0..2; the scales must match, so reword this question to ask a different fact instead",
            "a.yaml:18:44: question A-8: applies_if body_type: unknown body type 'shire'; expected one of district, county, unitary, metropolitan, london-borough, other",
        ])
    }
}
