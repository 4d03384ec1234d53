import Testing
@testable import Assessment

/// Scores are reported to two decimals, half away from zero, decided on the exact value: a
/// score of exactly 1.025 is 1.03, although the binary double nearest 1.025 lies below it.
@Suite struct ExactRoundingTests {
    static func question(_ id: String, weight: Double) -> Question {
        Question(id: id, text: id, weight: weight, allowNA: false,
                 answers: (0...5).map { (level: Int) in AnswerOption(value: "l\(level)", label: "L\(level)", level: level) },
                 practiceLevel: nil, indicators: nil, evidence: [], references: [])
    }

    /// A graded questionnaire `id` whose domains hold questions of the given weights.
    static func questionnaire(_ id: String, target: Int = 2, domains: [(weight: Double, questionWeights: [Double])]) -> Questionnaire {
        Questionnaire(
            id: id, version: "1", title: id, topic: id, scoring: .graded,
            scale: (0...5).map { ScaleLevel(level: $0, name: "L\($0)") }, target: target,
            bands: [Band(name: "Low", from: 0, to: 1.02), Band(name: "High", from: 1.03, to: 5)], profiles: [], outcomeLevels: OutcomeLevels(),
            domains: domains.enumerated().map { d, domain in
                Domain(id: "\(id)-D\(d)", title: "D\(d)", weight: domain.weight,
                       questions: domain.questionWeights.enumerated().map { Self.question("\(id)-D\(d)-Q\($0)", weight: $1) })
            })
    }

    /// Scores `answers` (question id → level) against `questionnaires`.
    static func score(_ questionnaires: [Questionnaire], _ levels: [String: Int], topicWeights: [String: Double] = [:]) throws -> Report {
        var library = Library()
        for q in questionnaires { library.add(q, path: q.id + ".yaml", sha256: "") }
        let answers = AnswersFile(
            body: Body(id: "E1", name: "Council"), period: "2026-27", assessor: nil, date: Day(year: 2026, month: 4, day: 1),
            questionnaires: questionnaires.map { QuestionnaireVersion(id: $0.id, version: $0.version) },
            answers: levels.sorted { $0.key < $1.key }.map { Answer(questionID: $0.key, choice: .option("l\($0.value)")) })
        return try Scorer(library: library).score(answers, file: "a.yaml", answersSHA256: "", options: ScoringOptions(topicWeights: topicWeights))
    }

    @Test(arguments: [
        (41, 40, 1.03), (-41, 40, -1.03), (1, 3, 0.33), (2, 3, 0.67), (0, 7, 0.0),
        (599, 200, 3.0), (57, 200, 0.29), (29, 200, 0.15), (201, 200, 1.01), (2_009_999, 2_000_000, 1.0),
    ])
    func fractionsRoundHalfAwayFromZero(numerator: Int, denominator: Int, expected: Double) {
        let fraction = Fraction(numerator) / Fraction(denominator)
        #expect(fraction?.roundedToHundredths == expected)
    }

    @Test func weightsAreTheDecimalsAsWritten() throws {
        #expect(Fraction(decimal: 0.1) == Fraction(1) / Fraction(10))
        #expect(Fraction(decimal: 0.07) == Fraction(7) / Fraction(100))
        #expect(Fraction(decimal: -2.5) == Fraction(-5) / Fraction(2))
        #expect(Fraction(decimal: 3) == Fraction(3))
        // Past nine places the double's own binary value is used, exactly.
        #expect(Fraction(decimal: 0.1 + 0.2)?.doubleValue == 0.1 + 0.2)
        #expect(Fraction(decimal: 1.7e308)?.doubleValue == 1.7e308)
        #expect(Fraction(decimal: 5e-324) == Fraction(isNegative: false, numerator: Natural(1), denominator: .powerOfTwo(1074)))
        #expect(Fraction(decimal: .infinity) == nil)
        #expect(Fraction(decimal: .nan) == nil)
    }

    @Test func naturalsAddSubtractAndMultiplyPastSixtyFourBits() {
        let big = Natural(UInt64.max)
        #expect(big + Natural(1) == Natural.powerOfTwo(64))
        #expect(Natural.powerOfTwo(64) - Natural(1) == big)
        #expect(big * big == Natural.powerOfTwo(128) - Natural.powerOfTwo(65) + Natural(1))
        #expect(Natural(0) * big == Natural(0))
        #expect(Natural(3) < Natural.powerOfTwo(40))
        #expect((big * big).doubleValue == 0x1p128)
    }

    // Q0 level 1 (w39), Q1 level 2 (w1): 41 / 40 = 1.025 exactly, reported 1.03 in band High;
    // gap 2 − 1.025 = 0.975, reported 0.98.
    @Test func aDomainExactlyHalfwayRoundsUp() throws {
        let q = Self.questionnaire("t", domains: [(1, [39, 1])])
        let report = try Self.score([q], ["t-D0-Q0": 1, "t-D0-Q1": 2])
        let domain = try #require(report.topics.first?.domains.first)
        #expect(domain.score == 1.03)
        #expect(domain.band == "High")
        #expect(domain.gap == 0.98)
        #expect(report.topics.first?.score == 1.03)
        #expect(report.overall.score == 1.03)
    }

    // Weights with decimals: (1 × 0.39 + 2 × 0.01) / 0.4 = 1.025.
    @Test func decimalWeightsAreExact() throws {
        let q = Self.questionnaire("t", domains: [(1, [0.39, 0.01])])
        let report = try Self.score([q], ["t-D0-Q0": 1, "t-D0-Q1": 2])
        #expect(report.topics.first?.domains.first?.score == 1.03)
    }

    // Level 3 (w1.99) and level 2 (w0.01): 5.99 / 2 = 2.995, reported 3.00, which meets target 3.
    @Test func metIsJudgedOnTheExactlyRoundedScore() throws {
        let q = Self.questionnaire("t", target: 3, domains: [(1, [1.99, 0.01])])
        let report = try Self.score([q], ["t-D0-Q0": 3, "t-D0-Q1": 2])
        let domain = try #require(report.topics.first?.domains.first)
        #expect(domain.score == 3)
        #expect(domain.met)
    }

    // Domains scoring 1 (w1) and 1.05 (w1, 21 / 20): topic (1 + 1.05) / 2 = 1.025 → 1.03. Gap
    // against target 1 is −0.025 → −0.03, away from zero.
    @Test func aTopicExactlyHalfwayRoundsUpAndItsGapAwayFromZero() throws {
        let q = Self.questionnaire("t", target: 1, domains: [(1, [1]), (1, [19, 1])])
        let report = try Self.score([q], ["t-D0-Q0": 1, "t-D1-Q0": 1, "t-D1-Q1": 2])
        let topic = try #require(report.topics.first)
        #expect(topic.domains.map(\.score) == [1, 1.05])
        #expect(topic.score == 1.03)
        #expect(topic.gap == -0.03)
    }

    // Topics scoring 1 and 2 with topic weights 0.975 and 0.025: overall 1.025 → 1.03.
    @Test func theOverallScoreExactlyHalfwayRoundsUp() throws {
        let a = Self.questionnaire("a", domains: [(1, [1])]), b = Self.questionnaire("b", domains: [(1, [1])])
        let report = try Self.score([a, b], ["a-D0-Q0": 1, "b-D0-Q0": 2], topicWeights: ["a": 0.975, "b": 0.025])
        #expect(report.overall.score == 1.03)
    }

    // Priority 0.5 × 0.41 × (5 − 0) = 1.025 → 1.03.
    @Test func recommendationPrioritiesRoundOnTheExactProduct() throws {
        let q = Self.questionnaire("t", target: 5, domains: [(0.41, [0.5])])
        let report = try Self.score([q], ["t-D0-Q0": 0])
        #expect(report.recommendations.map(\.priority) == [1.03])
    }

    @Test func completenessRoundsExactly() {
        #expect(percent(41, of: 4000) == 1.03)
        #expect(percent(1, of: 3) == 33.33)
        #expect(percent(0, of: 0) == 100)
    }
}

extension ExactRoundingTests {
    // Past 64 bits the rounding goes through exact comparisons: (2⁶⁴ · 41) / (2⁶⁴ · 40) = 1.025.
    @Test func largeFractionsRoundTheSameWay() {
        let scale = Natural.powerOfTwo(64)
        let large = Fraction(isNegative: false, numerator: scale * Natural(41), denominator: scale * Natural(40))
        #expect(large.roundedToHundredths == 1.03)
        #expect((-large).roundedToHundredths == -1.03)
        let third = Fraction(isNegative: false, numerator: scale, denominator: scale * Natural(3))
        #expect(third.roundedToHundredths == 0.33)
    }
}
