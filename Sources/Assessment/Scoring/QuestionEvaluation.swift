/// Turns one question and its answer into a `QuestionResult`: what every method shares
/// (exclusion by `applies_if`, not applicable, evidence, references, the answer of a `same_as`
/// home), then the method's rule.
package enum QuestionEvaluation {
    /// `home` is the question whose answer this one reuses (`Library.home(of:assessing:)`):
    /// the home's choice is judged by this question's rule and domain target, and the result
    /// names the home in `answerFrom`; the body's own notes belong to the home.
    package static func evaluate<Rule: ScoringRule>(
        _ question: Question, by rule: Rule.Type, in domain: Domain, answer: Answer?,
        answers: [String: Answer], target: Int, targets: Targets, staleCutoff: Day, detailed: Bool,
        home: Question? = nil, bodyType: String? = nil
    ) -> QuestionResult {
        var answer = answer
        if let home {
            answer = answers[home.id].map { Answer(questionID: question.id, choice: $0.choice, justification: $0.justification) }
        }
        var result = QuestionResult(
            id: question.id, text: question.text, weight: question.weight, status: .unanswered,
            answer: nil, label: nil, level: nil, target: target, met: nil,
            practiceLevel: question.practiceLevel, outcome: nil,
            comment: answer?.comment, justification: answer?.justification, answeredBy: answer?.answeredBy,
            evidence: [], references: [])
        if let home {
            // Said in the comment too, so every report format shows where the answer came from.
            result.answerFrom = home.id
            result.comment = "Answer taken from \(home.id), where this fact is asked and scored; it counts in no average here."
        }
        // Evidence and references feed the report's lists and views, not the scores.
        if detailed {
            result.evidence = (answer?.evidence ?? []).map { e in
                EvidenceResult(title: e.title, location: e.location, date: e.date, stale: e.date.map { $0 < staleCutoff } ?? false)
            }
            result.references = question.references
        }

        // A question showing another's answer does not apply where that one does not.
        let chosen = { (id: String) in answers[id]?.choice.optionValue }
        guard question.applies(given: chosen, bodyType: bodyType), home?.applies(given: chosen, bodyType: bodyType) ?? true else {
            result.status = .excluded
            return result
        }
        if answer?.choice == .notApplicable {
            result.status = .notApplicable
            return result
        }
        Rule.judge(question, answer: answer, in: domain, targets: targets, into: &result)
        return result
    }
}
