/// `same_as`: one fact, asked once. A question that names another with `same_as` is not asked
/// when the other's questionnaire is assessed too; it shows the other's answer, and counts in
/// no average (the home question already does), so no fact is counted twice.
extension Library {
    /// The question whose answer `question` reuses, when it has `same_as` and the home's
    /// questionnaire is among `assessed` (questionnaire ids). Nil when the question is asked
    /// itself: it has no `same_as`, or the home's questionnaire is not being assessed.
    public func home(of question: Question, assessing assessed: some Sequence<String>) -> Question? {
        guard let sameAs = question.sameAs, let location = index[sameAs.question] else { return nil }
        let questionnaire = questionnaires[location.questionnaire]
        guard assessed.contains(questionnaire.id) else { return nil }
        return questionnaire.domains[location.domain].questions[location.question]
    }

    /// Every question that reuses another's answer when `assessed` are scored together, by id,
    /// with its home question. Empty for a library without `same_as`.
    public func homes(assessing assessed: [String]) -> [String: Question] {
        var homes: [String: Question] = [:]
        // Batch scoring asks this for every body: only questions with `same_as` are looked at,
        // without copying each questionnaire's questions into one list first.
        for questionnaire in questionnaires where assessed.contains(questionnaire.id) {
            for domain in questionnaire.domains {
                for question in domain.questions where question.sameAs != nil {
                    if let home = home(of: question, assessing: assessed) { homes[question.id] = home }
                }
            }
        }
        return homes
    }
}

extension Collection<Questionnaire> {
    /// Ids of the questions not asked when these questionnaires are assessed together: those
    /// whose `same_as` home is one of their questions. What `init`, `assess` and the synthetic
    /// bodies leave out, matching `Library.home(of:assessing:)`.
    public var reusedQuestionIDs: Set<String> {
        let asked = Set(flatMap { $0.questions.map(\.id) })
        return Set(flatMap { $0.questions.filter { $0.sameAs.map { asked.contains($0.question) } ?? false }.map(\.id) })
    }
}
