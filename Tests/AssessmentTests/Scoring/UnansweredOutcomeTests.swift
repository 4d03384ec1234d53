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
        ScoringMethodTests.evaluate(.outcome, maxLevel: 5, target: target, outcomeLevels: levels,
                                    questions: ["O1", "O2"].map { ScoringMethodTests.question($0, indicators: indicators) }, answers: answers)
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
