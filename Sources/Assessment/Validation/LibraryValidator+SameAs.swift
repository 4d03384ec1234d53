import CyberYAML

extension LibraryValidator {
    /// Every `same_as` names an existing question that is asked itself (no chains, no
    /// cycles), in a questionnaire scored the same way on the same scale, with the same
    /// options when the question lists its own.
    package func checkSameAs() -> [Problem] {
        var problems: [Problem] = []
        for questionnaire in library.questionnaires {
            let file = library.sources[questionnaire.id]?.path ?? questionnaire.id
            for question in questionnaire.questions {
                guard let sameAs = question.sameAs else { continue }
                func report(_ message: String) {
                    problems.append(Problem(file: file, mark: sameAs.mark ?? question.mark, message: "question \(question.id): same_as \(message)"))
                }
                guard let (homeQuestionnaire, _, home) = library.lookup(sameAs.question) else {
                    let hint = Suggestion.hint(for: sameAs.question, in: library.index.keys)
                    report("names unknown question '\(sameAs.question)'\(hint); name the question whose answer this one reuses")
                    continue
                }
                if home.id == question.id {
                    report("names the question itself; remove same_as or name another question")
                    continue
                }
                if let next = home.sameAs {
                    if next.question == question.id {
                        report("forms a cycle: \(question.id) -> \(home.id) -> \(question.id); remove same_as from the one of them that should be asked, so the fact has one home")
                    } else {
                        report("forms a chain: \(question.id) -> \(home.id) -> \(next.question); name \(next.question), the question at the end of the chain, so each fact has one home")
                    }
                    continue
                }
                if homeQuestionnaire.scoring != questionnaire.scoring || homeQuestionnaire.maxLevel != questionnaire.maxLevel {
                    report("names \(home.id), scored \(homeQuestionnaire.scoring.rawValue) on 0..\(homeQuestionnaire.maxLevel), but \(questionnaire.id) is scored \(questionnaire.scoring.rawValue) on 0..\(questionnaire.maxLevel); the scales must match, so reword this question to ask a different fact instead")
                    continue
                }
                if !question.answers.isEmpty, question.answers.map(Self.optionKey) != home.answers.map(Self.optionKey) {
                    report("names \(home.id), whose options (\(Self.describe(home.answers))) differ from this question's (\(Self.describe(question.answers))); expected the same values and levels: leave out 'answers' to use \(home.id)'s")
                }
                if let indicators = question.indicators, indicators != home.indicators {
                    report("names \(home.id), whose indicators differ from this question's; leave out 'indicators' to use \(home.id)'s")
                }
            }
        }
        return problems
    }

    private static func optionKey(_ option: AnswerOption) -> String {
        "\(option.value)=\(option.level.map(String.init) ?? (option.met == true ? "met" : "not-met"))"
    }

    private static func describe(_ options: [AnswerOption]) -> String {
        options.map { "\($0.value) \($0.detail)" }.joined(separator: ", ")
    }
}
