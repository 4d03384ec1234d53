/// Graded scoring: each option stands for a level; a domain scores the weighted mean of its
/// questions' levels and meets its target when that mean, rounded, reaches it.
package enum GradedScoring: ScoringRule {
    package static let answersWithIndicators = false

    package static func judge(_ choice: JudgedChoice, against terms: QuestionTerms) -> Verdict {
        guard case .option(let level, _) = choice else {
            return Verdict(answered: false, level: 0, met: 0 >= terms.target, target: terms.target)
        }
        return Verdict(answered: true, level: level, met: level >= terms.target, target: terms.target)
    }

    package static func domainScore<Sum: LevelSum>(_ tally: DomainTally<Sum>, target: Int) -> DomainScore<Sum.Score>? {
        guard let score = tally.sum.mean else { return DomainScore(score: nil, weakestLink: tally.lowest, met: true) }
        // Met when the score as displayed reaches the target.
        guard let rounded = score.hundredths else { return nil }
        return DomainScore(score: score, weakestLink: tally.lowest, met: rounded >= Double(target))
    }

    /// A question below its target yields one, by the levels it lacks.
    package static func shortfall(level: Int?, met: Bool?, target: Int, practice: Int?, domainTarget: Int) -> Int? {
        belowTarget(level: level, target: target)
    }

    package static func judge(_ question: Question, answer: Answer?, in domain: Domain, targets: Targets, into result: inout QuestionResult) {
        judgeOption(question, answer: answer, into: &result)
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

extension ScoringRule {
    /// How far below its target a question's level is (no level counts as 0); nil when it
    /// reaches it: the shortfall of graded and outcome questions.
    package static func belowTarget(level: Int?, target: Int) -> Int? {
        let level = level ?? 0
        return level < target ? target - level : nil
    }
}
