import Assessment
extension QuestionResult {
    /// The question's standing in one word or two, the same in every table that sets scopes or
    /// assessors side by side: an outcome status (`achieved`), a level (`level 3`), or why it
    /// has none (`unanswered`, `not-applicable`, `excluded`).
    package var statusText: String {
        switch status {
        case .answered: outcome?.status.rawValue ?? level.map { "level \($0)" } ?? "answered"
        case .unanswered: QuestionStatus.unanswered.rawValue
        case .notApplicable: QuestionStatus.notApplicable.rawValue
        case .excluded: QuestionStatus.excluded.rawValue
        }
    }
}

extension Report {
    /// Every question's result with the domain it belongs to, in report order.
    package var questionResults: [(topic: String, domain: String, question: QuestionResult)] {
        topics.flatMap { topic in topic.domains.flatMap { domain in domain.questions.map { (topic.id, domain.id, $0) } } }
    }
}
