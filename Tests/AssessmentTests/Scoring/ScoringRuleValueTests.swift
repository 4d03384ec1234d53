import Testing
@testable import Assessment

/// The rules each method states once on plain values, which the ordinary and the compiled
/// scorer both call: every figure worked by hand.
@Suite struct ScoringRuleValueTests {
    @Test func gradedJudgesByTheOptionLevel() {
        let terms = QuestionTerms(target: 3, practice: 2)
        #expect(GradedScoring.judge(.option(level: 3, met: false), against: terms) == Verdict(answered: true, level: 3, met: true, target: 3))
        #expect(GradedScoring.judge(.option(level: 2, met: true), against: terms) == Verdict(answered: true, level: 2, met: false, target: 3))
        #expect(GradedScoring.judge(.none, against: terms) == Verdict(answered: false, level: 0, met: false, target: 3))
        #expect(GradedScoring.judge(.none, against: QuestionTerms(target: 0)) == Verdict(answered: false, level: 0, met: true, target: 0))
    }

    @Test func cumulativeJudgesByThePracticeMet() {
        // Met: its own level. Unmet: the level below; a practice above the target meets it anyway.
        #expect(CumulativeScoring.judge(.option(level: 0, met: true), against: QuestionTerms(target: 2, practice: 3))
                == Verdict(answered: true, level: 3, met: true, target: 2))
        #expect(CumulativeScoring.judge(.option(level: 5, met: false), against: QuestionTerms(target: 3, practice: 2))
                == Verdict(answered: true, level: 1, met: false, target: 3))
        #expect(CumulativeScoring.judge(.none, against: QuestionTerms(target: 1, practice: 2))
                == Verdict(answered: false, level: 1, met: true, target: 1))
    }

    @Test func outcomeJudgesByTheStatusDecided() {
        let levels = OutcomeLevels(notAchieved: 1, partiallyAchieved: 3, achieved: 5)
        let terms = QuestionTerms(target: 4, required: .partiallyAchieved, levels: levels)
        #expect(OutcomeScoring.judge(.outcome(.achieved), against: terms) == Verdict(answered: true, level: 5, met: true, target: 3))
        #expect(OutcomeScoring.judge(.outcome(.notAchieved), against: terms) == Verdict(answered: true, level: 1, met: false, target: 3))
        // Unanswered counts as 0, whatever Not achieved is worth.
        #expect(OutcomeScoring.judge(.none, against: terms) == Verdict(answered: false, level: 0, met: false, target: 3))
        #expect(OutcomeScoring.judge(.option(level: 5, met: true), against: terms).answered == false)
    }

    /// Practices 1 (met), 2 (met), 2 (unmet), 3 (met): level 1 is reached, weights 1, 2, 1, 1.
    static func tally<Sum: LevelSum>(_ weights: [Sum.Weight]) -> DomainTally<Sum> {
        var tally = DomainTally<Sum>()
        for (i, (level, practice, met)) in [(1, 1, true), (2, 2, true), (1, 2, false), (3, 3, true)].enumerated() {
            tally.add(level: level, weight: weights[i], practice: practice, met: met)
        }
        return tally
    }

    @Test func domainScoresFromEitherTally() throws {
        let exact: DomainTally<ExactWeightedMean> = Self.tally([1, 2, 1, 1])
        let units: DomainTally<UnitLevelSum> = Self.tally([10, 20, 10, 10])
        #expect(exact.reachedLevel == 1 && units.reachedLevel == 1)
        // (1 + 4 + 1 + 3) / 5 = 1.8 in both; lowest 1; one question not met.
        let graded = try #require(GradedScoring.domainScore(exact, target: 2))
        #expect(graded.score == Fraction(9) / Fraction(5) && graded.weakestLink == 1 && !graded.met)
        let compiled = try #require(GradedScoring.domainScore(units, target: 1))
        #expect(compiled.score == Ratio(9, 5) && compiled.met)
        let cumulative = try #require(CumulativeScoring.domainScore(units, target: 1))
        #expect(cumulative.score == Ratio(1) && cumulative.weakestLink == 1 && cumulative.met)
        let outcome = try #require(OutcomeScoring.domainScore(exact, target: 0))
        #expect(outcome.weakestLink == 1 && !outcome.met)
        let empty = try #require(CumulativeScoring.domainScore(DomainTally<UnitLevelSum>(), target: 3))
        #expect(empty.score == nil && empty.weakestLink == nil && empty.met)
    }

    @Test func reachedLevelStopsBelowTheFirstUnmetPractice() {
        var tally = DomainTally<UnitLevelSum>()
        tally.add(level: 0, weight: 1, practice: 1, met: false)
        tally.add(level: 4, weight: 1, practice: 4, met: true)
        #expect(tally.reachedLevel == 0)
        var none = DomainTally<UnitLevelSum>()
        none.add(level: -1, weight: 1, practice: 0, met: false)
        // No practice at level 1 or above is unmet: level 1 is reached, as the level loop gives.
        #expect(none.reachedLevel == 1)
    }

    @Test func shortfalls() {
        #expect(GradedScoring.shortfall(level: 1, met: false, target: 3, practice: nil, domainTarget: 3) == 2)
        #expect(GradedScoring.shortfall(level: nil, met: nil, target: 2, practice: nil, domainTarget: 2) == 2)
        #expect(OutcomeScoring.shortfall(level: 5, met: true, target: 5, practice: nil, domainTarget: 4) == nil)
        #expect(CumulativeScoring.shortfall(level: 1, met: false, target: 3, practice: 2, domainTarget: 3) == 2)
        #expect(CumulativeScoring.shortfall(level: 3, met: false, target: 3, practice: 4, domainTarget: 3) == nil)
        #expect(CumulativeScoring.shortfall(level: 1, met: false, target: 3, practice: nil, domainTarget: 3) == nil)
    }

    @Test func recommendationsRankByPriorityThenID() {
        #expect(Recommendations.ranksBefore((4.0, "B"), (2.0, "A")))
        #expect(Recommendations.ranksBefore((2.0, "A"), (2.0, "B")))
        #expect(!Recommendations.ranksBefore((2.0, 7), (2.0, 3)))
    }
}
