import Testing
@testable import Assessment

/// An unanswered outcome counts as level 0, as every unanswered question does, whatever level
/// the questionnaire gives Not achieved. Only custom `outcome_levels` tell the two apart.
@Suite struct UnansweredOutcomeTests {
    static let indicators = Indicators(
        notAchieved: [Indicator(id: "NA1", text: "")],
        partiallyAchieved: [Indicator(id: "PA1", text: "")],
        achieved: [Indicator(id: "A1", text: "")])

    static func evaluate(levels: OutcomeLevels, target: Int, answers: [Answer]) -> DomainEvaluation {
        let questions = ["O1", "O2"].map {
            Question(id: $0, text: $0, weight: 1, allowNA: false, answers: [], practiceLevel: nil, indicators: indicators, evidence: [], references: [])
        }
        let domain = Domain(id: "D", title: "Domain", weight: 1, questions: questions)
        let questionnaire = Questionnaire(
            id: "q", version: "1", title: "Q", topic: "t", scoring: .outcome,
            scale: (0...5).map { ScaleLevel(level: $0, name: "L\($0)") }, target: target,
            bands: [], profiles: [], outcomeLevels: levels, domains: [domain])
        var byID: [String: Answer] = [:]
        for answer in answers { byID[answer.questionID] = answer }
        return DomainEvaluation(
            questionnaire: questionnaire, domain: domain, answers: byID,
            targets: Targets(questionnaire: questionnaire, options: ScoringOptions()),
            staleCutoff: Day(year: 2026, month: 1, day: 1), detailed: true)
    }

    // Levels 1 / 3 / 5. O1 Achieved (5), O2 unanswered (0, not Not achieved's 1): (5 + 0) / 2 = 2.5.
    @Test func anUnansweredOutcomeIsLevelZeroWithCustomLevels() {
        let e = Self.evaluate(levels: OutcomeLevels(notAchieved: 1, partiallyAchieved: 3, achieved: 5), target: 3,
                              answers: [Answer(questionID: "O1", choice: .indicators(["PA1", "A1"]))])
        #expect(e.result.questions.map(\.level) == [5, 0])
        #expect(e.result.questions.map(\.status) == [.answered, .unanswered])
        #expect(e.exactScore == 2.5)
        #expect(e.result.weakestLink == 0)
        #expect(e.recommendations.map(\.question) == ["O2"])
        #expect(e.recommendations.map(\.priority) == [3])
    }

    // Target 1 requires only Not achieved (level 1): an unanswered outcome, at level 0, still
    // falls short of it, so it is not met and the domain is not met.
    @Test func anUnansweredOutcomeDoesNotMeetATargetAboveZero() {
        let e = Self.evaluate(levels: OutcomeLevels(notAchieved: 1, partiallyAchieved: 3, achieved: 5), target: 1,
                              answers: [Answer(questionID: "O1", choice: .indicators(["NA1"]))])
        #expect(e.result.questions.map(\.level) == [1, 0])
        #expect(e.result.questions.map(\.met) == [true, false])
        #expect(!e.result.met)
    }

    // With the standard levels (Not achieved is 0) nothing changes: an unanswered outcome is 0.
    @Test func theStandardLevelsAreUnchanged() {
        let e = Self.evaluate(levels: OutcomeLevels(), target: 0, answers: [])
        #expect(e.result.questions.map(\.level) == [0, 0])
        #expect(e.result.questions.map(\.met) == [true, true])
        #expect(e.result.questions.map { $0.outcome?.decidedBy } == ["unanswered", "unanswered"])
    }
}
