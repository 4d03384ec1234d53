/// Turns one question and its answer into a `QuestionResult`.
enum QuestionEvaluation {
    static func evaluate(
        _ question: Question, in domain: Domain, of questionnaire: Questionnaire, answer: Answer?,
        answers: [String: Answer], target: Int, targets: Targets, staleCutoff: Day, detailed: Bool
    ) -> QuestionResult {
        var result = QuestionResult(
            id: question.id, text: question.text, weight: question.weight, status: .unanswered,
            answer: nil, label: nil, level: nil, target: target, met: nil,
            practiceLevel: question.practiceLevel, outcome: nil,
            comment: answer?.comment, justification: answer?.justification, answeredBy: answer?.answeredBy,
            evidence: [], references: [])
        // Evidence and references feed the report's lists and views, not the scores.
        if detailed {
            result.evidence = (answer?.evidence ?? []).map { e in
                EvidenceResult(title: e.title, location: e.location, date: e.date, stale: e.date.map { $0 < staleCutoff } ?? false)
            }
            result.references = question.references.map { "\($0.framework):\($0.id)" }
        }

        if let condition = question.appliesIf {
            let applies: Bool
            if case .option(let value)? = answers[condition.question]?.choice { applies = condition.values.contains(value) } else { applies = false }
            if !applies {
                result.status = .excluded
                return result
            }
        }
        if answer?.choice == .notApplicable {
            result.status = .notApplicable
            return result
        }

        switch questionnaire.scoring {
        case .graded:
            if case .option(let value)? = answer?.choice, let option = question.option(value) {
                result.status = .answered
                result.answer = value
                result.label = option.label
                result.level = option.level ?? 0
            } else {
                result.level = 0
            }
            result.met = (result.level ?? 0) >= target
        case .cumulative:
            let practice = question.practiceLevel ?? 1
            var met = false
            if case .option(let value)? = answer?.choice, let option = question.option(value) {
                result.status = .answered
                result.answer = value
                result.label = option.label
                met = option.met ?? false
            }
            // A met practice shows its own level, an unmet one the level below it.
            result.level = met ? practice : practice - 1
            result.met = met || practice > target
        case .outcome:
            let required = targets.status(for: question, in: domain)
            let decision: (status: OutcomeStatus, decidedBy: String)
            var agreed: [String] = []
            if case .indicators(let ids)? = answer?.choice, let indicators = question.indicators {
                result.status = .answered
                agreed = ids
                decision = questionnaire.decideOutcome(indicators, agreed: ids)
            } else {
                decision = (.notAchieved, "unanswered")
            }
            result.answer = decision.status.rawValue
            result.label = decision.status.title
            result.level = questionnaire.outcomeLevels[decision.status]
            result.target = questionnaire.outcomeLevels[required]
            result.met = decision.status >= required
            result.outcome = OutcomeResult(status: decision.status, decidedBy: decision.decidedBy, agreed: agreed, required: required)
        }
        return result
    }
}
