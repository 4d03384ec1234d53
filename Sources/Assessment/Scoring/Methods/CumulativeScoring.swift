/// Cumulative scoring: each question is a practice at a level, met or not; a domain reaches
/// level L when every practice at levels 1 to L is met.
package enum CumulativeScoring: ScoringRule {
    package static let answersWithIndicators = false

    package static func judge(_ question: Question, answer: Answer?, in domain: Domain, targets: Targets, into result: inout QuestionResult) {
        let practice = question.practiceLevel ?? 1
        var met = false
        if let value = answer?.choice.optionValue, let option = question.option(value) {
            result.status = .answered
            result.answer = value
            result.label = option.label
            met = option.met ?? false
        }
        // A met practice shows its own level, an unmet one the level below it.
        result.level = met ? practice : practice - 1
        result.met = met || practice > result.target
    }

    package static func domainScore(of domain: Domain, results: [QuestionResult], scored: [Int], target: Int) -> DomainScore {
        guard !scored.isEmpty else { return DomainScore(score: nil, weakestLink: nil, met: true) }
        // A practice's result level equals its practice level exactly when it is met.
        var highest = 0
        var unmetLevels: Set<Int> = []
        for i in scored {
            let practice = domain.questions[i].practiceLevel ?? 1
            highest = max(highest, practice)
            if (results[i].level ?? 0) < practice { unmetLevels.insert(practice) }
        }
        var reached = 0
        for level in 1...max(1, highest) {
            guard !unmetLevels.contains(level) else { break }
            reached = level
        }
        return DomainScore(score: Fraction(reached), weakestLink: reached, met: reached >= target)
    }

    /// An unmet practice at or below the domain target yields one, more urgent the lower it sits.
    package static func shortfall(of question: Question, result: QuestionResult, domainTarget: Int) -> Int? {
        guard result.met == false, let practice = question.practiceLevel, practice <= domainTarget else { return nil }
        return domainTarget - practice + 1
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
