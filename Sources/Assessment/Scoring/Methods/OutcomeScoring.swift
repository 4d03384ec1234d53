/// Outcome scoring: each question is an outcome whose status follows from the indicator
/// statements agreed (the questionnaire's own decision table, else `OutcomeRule`) and counts as that status's level; a domain scores the
/// weighted mean of those levels and meets its target when every outcome reaches its required status.
package enum OutcomeScoring: ScoringRule {
    package static let answersWithIndicators = true

    package static func judge(_ question: Question, answer: Answer?, in domain: Domain, targets: Targets, into result: inout QuestionResult) {
        let levels = targets.questionnaire.outcomeLevels
        let required = targets.status(for: question, in: domain)
        let decision: (status: OutcomeStatus, decidedBy: String)
        var agreed: [String] = []
        if case .indicators(let ids)? = answer?.choice, let indicators = question.indicators {
            result.status = .answered
            agreed = ids
            decision = targets.questionnaire.decideOutcome(indicators, agreed: ids)
        } else {
            decision = (.notAchieved, "unanswered")
        }
        result.answer = decision.status.rawValue
        result.label = decision.status.title
        result.target = levels[required]
        if result.status == .answered {
            result.level = levels[decision.status]
            result.met = decision.status >= required
        } else {
            // An unanswered question counts as level 0, whatever level Not achieved has.
            result.level = 0
            result.met = result.target <= 0
        }
        result.outcome = OutcomeResult(status: decision.status, decidedBy: decision.decidedBy, agreed: agreed, required: required)
    }

    package static func domainScore(of domain: Domain, results: [QuestionResult], scored: [Int], target: Int) -> DomainScore {
        let mean = LevelMean(of: domain, results: results, scored: scored)
        return DomainScore(score: mean.score, weakestLink: mean.lowest, met: mean.allMet)
    }

    package static func shortfall(of question: Question, result: QuestionResult, domainTarget: Int) -> Int? {
        LevelMean.shortfall(of: result)
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
