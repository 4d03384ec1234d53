/// Cumulative scoring: each question is a practice at a level, met or not; a domain reaches
/// level L when every practice at levels 1 to L is met.
package enum CumulativeScoring: ScoringRule {
    package static let answersWithIndicators = false

    /// A met practice shows its own level, an unmet one the level below it; a practice above
    /// the target meets it whether met or not.
    package static func judge(_ choice: JudgedChoice, against terms: QuestionTerms) -> Verdict {
        var answered = false, met = false
        if case .option(_, let optionMet) = choice {
            answered = true
            met = optionMet
        }
        return Verdict(answered: answered, level: met ? terms.practice : terms.practice - 1,
                       met: met || terms.practice > terms.target, target: terms.target)
    }

    /// The domain reaches the highest level whose practices, and all below, are met.
    package static func domainScore<Sum: LevelSum>(_ tally: DomainTally<Sum>, target: Int) -> DomainScore<Sum.Score>? {
        guard tally.counted > 0 else { return DomainScore(score: nil, weakestLink: nil, met: true) }
        let reached = tally.reachedLevel
        return DomainScore(score: Sum.Score(reached), weakestLink: reached, met: reached >= target)
    }

    /// An unmet practice at or below the domain target yields one, more urgent the lower it sits.
    package static func shortfall(level: Int?, met: Bool?, target: Int, practice: Int?, domainTarget: Int) -> Int? {
        guard met == false, let practice, practice <= domainTarget else { return nil }
        return domainTarget - practice + 1
    }

    package static func judge(_ question: Question, answer: Answer?, in domain: Domain, targets: Targets, into result: inout QuestionResult) {
        judgeOption(question, answer: answer, into: &result)
    }

    package static func problems(with question: Question, in questionnaire: Questionnaire) -> [String] {
        let maxLevel = questionnaire.maxLevel
        guard let level = question.practiceLevel else {
            return ["missing practice_level; each practice of a cumulative questionnaire belongs to a level 1..\(maxLevel)"]
        }
        var problems: [String] = []
        if !(1...max(1, maxLevel)).contains(level) { problems.append("practice_level \(level) is not on the scale 1..\(maxLevel)") }
        for option in question.answers where option.met == nil {
            problems.append("option '\(option.value)' needs 'met: true' or 'met: false' in a cumulative questionnaire")
        }
        return problems
    }
}
