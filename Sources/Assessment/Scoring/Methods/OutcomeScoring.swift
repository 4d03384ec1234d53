/// Outcome scoring: each question is an outcome whose status follows from the indicator
/// statements agreed (the questionnaire's own decision table, else `OutcomeRule`) and counts as that status's level; a domain scores the
/// weighted mean of those levels and meets its target when every outcome reaches its required status.
package enum OutcomeScoring: ScoringRule {
    package static let answersWithIndicators = true

    /// An outcome is held to the level of the status it requires; answered, it counts as its
    /// status's level and meets the target when the status reaches the one required.
    /// Unanswered, it counts as level 0, whatever level Not achieved has.
    package static func judge(_ choice: JudgedChoice, against terms: QuestionTerms) -> Verdict {
        let target = terms.levels[terms.required]
        guard case .outcome(let status) = choice else {
            return Verdict(answered: false, level: 0, met: target <= 0, target: target)
        }
        return Verdict(answered: true, level: terms.levels[status], met: status >= terms.required, target: target)
    }

    /// The weighted mean of the outcomes' levels; met when every outcome reaches its status.
    package static func domainScore<Sum: LevelSum>(_ tally: DomainTally<Sum>, target: Int) -> DomainScore<Sum.Score>? {
        DomainScore(score: tally.sum.mean, weakestLink: tally.lowest, met: tally.allMet)
    }

    package static func shortfall(level: Int?, met: Bool?, target: Int, practice: Int?, domainTarget: Int) -> Int? {
        belowTarget(level: level, target: target)
    }

    package static func judge(_ question: Question, answer: Answer?, in domain: Domain, targets: Targets, into result: inout QuestionResult) {
        let levels = targets.questionnaire.outcomeLevels
        let required = targets.status(for: question, in: domain)
        let decision: (status: OutcomeStatus, decidedBy: String)
        var agreed: [String] = []
        var choice = JudgedChoice.none
        if case .indicators(let ids)? = answer?.choice, let indicators = question.indicators {
            agreed = ids
            decision = targets.questionnaire.decideOutcome(indicators, agreed: ids)
            choice = .outcome(decision.status)
        } else {
            decision = (.notAchieved, "unanswered")
        }
        result.answer = decision.status.rawValue
        result.label = decision.status.title
        result.apply(judge(choice, against: QuestionTerms(target: result.target, required: required, levels: levels)))
        result.outcome = OutcomeResult(status: decision.status, decidedBy: decision.decidedBy, agreed: agreed, required: required)
    }

    package static func problems(with question: Question, in questionnaire: Questionnaire) -> [String] {
        guard let indicators = question.indicators else {
            return ["missing indicators; each outcome needs not_achieved, achieved and optionally partially_achieved statements"]
        }
        var problems: [String] = []
        if indicators.achieved.isEmpty { problems.append("indicators.achieved is empty; an outcome needs at least one Achieved statement") }
        if !question.answers.isEmpty { problems.append("outcome questions are answered through indicators; remove 'answers'") }
        var ids: Set<String> = []
        for indicator in indicators.all where !ids.insert(indicator.id).inserted {
            problems.append("indicator id '\(indicator.id)' appears twice; indicator ids must be unique within the question")
        }
        return problems
    }

    /// Outcome targets are a status per outcome, so a profile may not set domain levels.
    package static func problems(with profile: TargetProfile) -> [String] {
        profile.domains.isEmpty ? [] : ["profile \(profile.id): outcome questionnaires set a status per outcome ('outcomes'), not a level per domain"]
    }
}
