import Testing
@testable import Assessment

/// One tiny domain per scoring method, scored through its rule, with every number worked by hand.
@Suite struct ScoringMethodTests {
    static func question(_ id: String, weight: Double = 1, allowNA: Bool = false, answers: [AnswerOption] = [], practice: Int? = nil, indicators: Indicators? = nil) -> Question {
        Question(id: id, text: "Question \(id)", weight: weight, allowNA: allowNA, answers: answers, practiceLevel: practice, indicators: indicators, evidence: [], references: [])
    }

    static func evaluate(_ method: ScoringMethod, maxLevel: Int, target: Int, domainWeight: Double = 1, outcomeLevels: OutcomeLevels = OutcomeLevels(), questions: [Question], answers: [Answer]) -> DomainEvaluation {
        let domain = Domain(id: "D", title: "Domain", weight: domainWeight, questions: questions)
        let questionnaire = Questionnaire(
            id: "q", version: "1", title: "Q", topic: "t", scoring: method,
            scale: (0...maxLevel).map { ScaleLevel(level: $0, name: "L\($0)") }, target: target,
            bands: [], profiles: [], outcomeLevels: outcomeLevels, domains: [domain])
        var byID: [String: Answer] = [:]
        for answer in answers { byID[answer.questionID] = answer }
        return DomainEvaluation(
            questionnaire: questionnaire, domain: domain, answers: byID,
            targets: Targets(questionnaire: questionnaire, options: ScoringOptions()),
            staleCutoff: Day(year: 2026, month: 1, day: 1), detailed: true)
    }

    static let levels = (0...4).map { (level: Int) in AnswerOption(value: "l\(level)", label: "Level \(level)", level: level) }

    // G1 level 4 (w2), G2 level 1 (w1), G3 unanswered = 0 (w1), G4 N/A left out.
    // (4×2 + 1 + 0) / 4 = 2.25 < target 3, weakest 0. Priorities (domain weight 2):
    // G3 1×2×(3−0) = 6, G2 1×2×(3−1) = 4; G1 is above target.
    @Test func gradedIsTheWeightedMeanOfOptionLevels() {
        let e = Self.evaluate(.graded, maxLevel: 4, target: 3, domainWeight: 2, questions: [
            Self.question("G1", weight: 2, answers: Self.levels), Self.question("G2", answers: Self.levels),
            Self.question("G3", answers: Self.levels), Self.question("G4", allowNA: true, answers: Self.levels),
        ], answers: [
            Answer(questionID: "G1", choice: .option("l4")), Answer(questionID: "G2", choice: .option("l1")),
            Answer(questionID: "G4", choice: .notApplicable, justification: "none"),
        ])
        #expect(e.exactScore == 2.25)
        #expect(e.result.weakestLink == 0)
        #expect(!e.result.met)
        #expect(e.result.questions.map(\.level) == [4, 1, 0, nil])
        #expect(e.result.questions.map(\.met) == [true, false, false, nil])
        #expect(e.recommendations.map(\.question) == ["G2", "G3"])
        #expect(e.recommendations.map(\.priority) == [4, 6])
    }

    // Level 1: P1 met, P2 largely met. Level 2: P3 partly met. Level 3: P4 not met.
    // Level 1 is complete and level 2 is not, so the domain reaches 1 < target 2. P3 (unmet, at
    // the target) yields priority 1×1×(2−2+1) = 1; P4 sits above the target, so it counts as met.
    @Test func cumulativeReachesTheLevelBelowTheFirstUnmetPractice() {
        let options = AnswerOption.practiceDefaults
        let e = Self.evaluate(.cumulative, maxLevel: 3, target: 2, questions: [
            Self.question("P1", answers: options, practice: 1), Self.question("P2", answers: options, practice: 1),
            Self.question("P3", answers: options, practice: 2), Self.question("P4", answers: options, practice: 3),
        ], answers: [
            Answer(questionID: "P1", choice: .option("met")), Answer(questionID: "P2", choice: .option("largely")),
            Answer(questionID: "P3", choice: .option("partly")), Answer(questionID: "P4", choice: .option("not-met")),
        ])
        #expect(e.exactScore == 1)
        #expect(e.result.weakestLink == 1)
        #expect(!e.result.met)
        #expect(e.result.questions.map(\.level) == [1, 1, 1, 2])
        #expect(e.result.questions.map(\.met) == [true, true, false, true])
        #expect(e.recommendations.map(\.question) == ["P3"])
        #expect(e.recommendations.map(\.priority) == [1])
    }

    // Levels 0 / 3 / 5; target 3 requires Partially achieved. O1 Achieved (5), O2 Partially
    // achieved (3), O3 Not achieved (0, w2): (5 + 3 + 0×2) / 4 = 2.0, weakest 0, not met
    // because O3 falls short. O3 yields priority 2×1×(3−0) = 6.
    @Test func outcomeAveragesStatusLevelsAndNeedsEveryOutcomeMet() {
        let indicators = Indicators(
            notAchieved: [Indicator(id: "NA1", text: "")],
            partiallyAchieved: [Indicator(id: "PA1", text: "")],
            achieved: [Indicator(id: "A1", text: "")])
        let e = Self.evaluate(.outcome, maxLevel: 5, target: 3, questions: [
            Self.question("O1", indicators: indicators), Self.question("O2", indicators: indicators),
            Self.question("O3", weight: 2, indicators: indicators),
        ], answers: [
            Answer(questionID: "O1", choice: .indicators(["PA1", "A1"])), Answer(questionID: "O2", choice: .indicators(["PA1"])),
            Answer(questionID: "O3", choice: .indicators(["NA1", "PA1"])),
        ])
        #expect(e.exactScore == 2)
        #expect(e.result.weakestLink == 0)
        #expect(!e.result.met)
        #expect(e.result.questions.map(\.level) == [5, 3, 0])
        #expect(e.result.questions.map(\.target) == [3, 3, 3])
        #expect(e.result.questions.map { $0.outcome?.status } == [.achieved, .partiallyAchieved, .notAchieved])
        #expect(e.recommendations.map(\.question) == ["O3"])
        #expect(e.recommendations.map(\.priority) == [6])
    }

    @Test func eachMethodMapsToItsRule() {
        #expect(ObjectIdentifier(ScoringMethod.graded.rule) == ObjectIdentifier(GradedScoring.self))
        #expect(ObjectIdentifier(ScoringMethod.cumulative.rule) == ObjectIdentifier(CumulativeScoring.self))
        #expect(ObjectIdentifier(ScoringMethod.outcome.rule) == ObjectIdentifier(OutcomeScoring.self))
        #expect(ScoringMethod.allCases.filter(\.answersWithIndicators) == [.outcome])
    }
}
