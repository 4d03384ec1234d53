/// Graded scoring: each option stands for a level; a domain scores the weighted mean of its
/// questions' levels and meets its target when that mean, rounded, reaches it.
package enum GradedScoring: ScoringRule {
    package static let answersWithIndicators = false

    package static func judge(_ question: Question, answer: Answer?, in domain: Domain, targets: Targets, into result: inout QuestionResult) {
        if let value = answer?.choice.optionValue, let option = question.option(value) {
            result.status = .answered
            result.answer = value
            result.label = option.label
            result.level = option.level ?? 0
        } else {
            result.level = 0
        }
        result.met = (result.level ?? 0) >= result.target
    }

    package static func domainScore(of domain: Domain, results: [QuestionResult], scored: [Int], target: Int) -> DomainScore {
        let mean = LevelMean(of: domain, results: results, scored: scored)
        return DomainScore(score: mean.score, weakestLink: mean.lowest, met: mean.score.map { $0.roundedToHundredths >= Double(target) } ?? true)
    }

    package static func shortfall(of question: Question, result: QuestionResult, domainTarget: Int) -> Int? {
        LevelMean.shortfall(of: result)
    }

    package static func problems(with question: Question, in questionnaire: Questionnaire) -> [String] {
        var problems: [String] = []
        let maxLevel = questionnaire.maxLevel
        if question.answers.count < 2 { problems.append("expected at least 2 answer options, found \(question.answers.count)") }
        for option in question.answers {
            guard let level = option.level else {
                problems.append("option '\(option.value)' has no level; graded options need 'level: 0..\(maxLevel)'")
                continue
            }
            if !(0...maxLevel).contains(level) {
                problems.append("option '\(option.value)' has level \(level), which is not on the scale 0..\(maxLevel)")
            }
        }
        if question.practiceLevel != nil || question.indicators != nil {
            problems.append("practice_level and indicators belong to cumulative and outcome questionnaires; this one is graded")
        }
        return problems
    }
}
