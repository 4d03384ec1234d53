import Assessment
/// Everything shown for one question in an interactive session. Text comes straight from the
/// questionnaire and the answers file; whoever prints it must make it safe for a terminal.
public struct QuestionView: Sendable, Equatable {
    /// One numbered option of a graded question or cumulative practice.
    public struct Option: Sendable, Equatable {
        public var number: Int
        public var value: String
        public var label: String
        /// "level 3", or "counts as met" / "not met" for practices.
        public var detail: String
        public var chosen: Bool
    }

    /// One numbered indicator statement of an outcome question.
    public struct Statement: Sendable, Equatable {
        public var number: Int
        public var id: String
        public var text: String
        public var column: OutcomeStatus
        public var agreed: Bool
    }

    public var questionnaireID: String
    public var questionnaireTitle: String
    public var domainID: String
    public var domainTitle: String
    public var questionID: String
    public var text: String
    /// The level a cumulative practice belongs to.
    public var practiceLevel: Int?
    /// Which applicable question this is (1-based) and how many apply.
    public var number: Int
    public var applicable: Int
    public var answered: Int
    public var options: [Option]
    public var statements: [Statement]
    public var allowNA: Bool
    /// The question is answered not applicable.
    public var notApplicable: Bool
    /// The current answer in words, when there is one.
    public var current: String?
    public var justification: String?
    public var comment: String?
    public var evidence: [Evidence]
    /// Guidance, when the user asked for it with `?`.
    public var guidance: String?
    public var hasGuidance: Bool
    /// The keys that work here, for a help line.
    public var keys: String
}

extension AssessmentSession {
    /// What the user sees after an input.
    public enum Screen: Sendable, Equatable {
        case question(QuestionView)
        case prompt(Prompt)
        case finished(Finish)
    }

    /// A line of free text the session is waiting for.
    public enum Prompt: Sendable, Equatable {
        case justification(question: String)
        case comment(question: String, current: String?)
        case evidenceTitle(question: String)
        case evidenceLocation(title: String)
        case evidenceDate(title: String, latest: Day)

        /// The prompt as shown to the user.
        public var text: String {
            switch self {
            case .justification(let id): "Why does \(id) not apply? (required; an empty line cancels)"
            case .comment(let id, nil): "Comment for \(id) (an empty line cancels)"
            case .comment(let id, _): "New comment for \(id) (an empty line keeps the current one, '-' removes it)"
            case .evidenceTitle(let id): "Evidence for \(id): title (an empty line cancels)"
            case .evidenceLocation: "Where is it kept? (a path, link or system; empty for none)"
            case .evidenceDate(_, let latest): "Date of the evidence, YYYY-MM-DD, not after \(latest) (empty for none)"
            }
        }
    }

    /// Why the session ended.
    public enum Finish: Sendable, Equatable {
        /// Every applicable question has an answer.
        case allAnswered
        /// The walk passed the last question with some left unanswered.
        case endOfQuestions(unanswered: Int)
        /// The user typed `q`.
        case quit(unanswered: Int)
    }

    /// The result of one input.
    public struct Response: Sendable, Equatable {
        /// Short messages about what the input did ("Saved ...", "... is not an option").
        public var notices: [String]
        public var screen: Screen
        /// The answers document changed and should be saved now.
        public var changed: Bool

        public init(notices: [String], screen: Screen, changed: Bool) {
            self.notices = notices
            self.screen = screen
            self.changed = changed
        }
    }

    /// The view of the question at `index`.
    package func view(_ index: Int) -> QuestionView {
        let item = items[index]
        let question = item.question
        let answer = document.file.answer(question.id)
        let note = document.note(question.id)
        let applicable = items.indices.filter(applies)
        var chosenValue: String?
        var agreed: [String] = []
        var current: String?
        switch answer?.choice {
        case .option(let value)?:
            chosenValue = value
            current = question.option(value).map { "\(value): \($0.label)" } ?? value
        case .notApplicable?:
            current = "not applicable"
        case .indicators(let ids)?:
            agreed = ids
            if let indicators = question.indicators {
                let status = item.questionnaire.decideOutcome(indicators, agreed: ids).status.title
                current = ids.isEmpty ? "no statements agreed (\(status))" : "agreed \(ids.joined(separator: ", ")) (\(status))"
            }
        case .unanswered?, nil:
            break
        }

        let options = question.indicators == nil ? question.answers.enumerated().map { i, option in
            QuestionView.Option(
                number: i + 1, value: option.value, label: option.label,
                detail: option.detail,
                chosen: option.value == chosenValue)
        } : []
        var statements: [QuestionView.Statement] = []
        for column in question.indicators?.columns ?? [] {
            for indicator in column.indicators {
                statements.append(QuestionView.Statement(number: statements.count + 1, id: indicator.id, text: indicator.text, column: column.status, agreed: agreed.contains(indicator.id)))
            }
        }

        var keys: [String] = []
        if question.indicators == nil {
            keys.append("1-\(options.count) answer")
        } else {
            keys.append("ids or numbers answer (e.g. \(statements.suffix(2).map(\.id).joined(separator: " "))), +ID/-ID adjust, none")
        }
        if question.allowNA { keys.append("n not applicable") }
        keys += ["c comment", "e evidence", "b back", "s skip"]
        if question.guidance != nil { keys.append("? guidance") }
        if answer != nil { keys.append("Enter keep") }
        keys.append("q save and quit")

        return QuestionView(
            questionnaireID: item.questionnaire.id, questionnaireTitle: item.questionnaire.title,
            domainID: item.domain.id, domainTitle: item.domain.title,
            questionID: question.id, text: question.text, practiceLevel: question.practiceLevel,
            number: (applicable.firstIndex(of: index) ?? 0) + 1, applicable: applicable.count,
            answered: applicable.filter(isAnswered).count,
            options: options, statements: statements,
            allowNA: question.allowNA, notApplicable: answer?.choice == .notApplicable,
            current: current, justification: answer?.justification,
            comment: answer?.comment ?? note?.comment,
            evidence: (answer?.evidence ?? []) + (note?.evidence ?? []),
            guidance: showGuidance ? question.guidance : nil, hasGuidance: question.guidance != nil,
            keys: keys.joined(separator: " · "))
    }
}
