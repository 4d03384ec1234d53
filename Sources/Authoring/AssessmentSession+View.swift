import Assessment
/// Everything shown for one question in an interactive session. Text comes straight from the
/// questionnaire and the answers file; whoever prints it must make it safe for a terminal.
package struct QuestionView: Sendable, Equatable {
    /// One numbered option of a graded question or cumulative practice.
    package struct Option: Sendable, Equatable {
        package var number: Int
        package var value: String
        package var label: String
        /// "level 3", or "counts as met" / "not met" for practices.
        package var detail: String
        package var chosen: Bool
    }

    /// One numbered indicator statement of an outcome question.
    package struct Statement: Sendable, Equatable {
        package var number: Int
        package var id: String
        package var text: String
        package var column: OutcomeStatus
        package var agreed: Bool
    }

    package var questionnaireID: String
    package var questionnaireTitle: String
    package var domainID: String
    package var domainTitle: String
    package var questionID: String
    package var text: String
    /// The level a cumulative practice belongs to.
    package var practiceLevel: Int?
    /// Which applicable question this is (1-based) and how many apply.
    package var number: Int
    package var applicable: Int
    package var answered: Int
    package var options: [Option]
    package var statements: [Statement]
    package var allowNA: Bool
    /// The question is answered not applicable.
    package var notApplicable: Bool
    /// The current answer in words, when there is one.
    package var current: String?
    package var justification: String?
    package var comment: String?
    package var evidence: [Evidence]
    /// Guidance, when the user asked for it with `?`.
    package var guidance: String?
    package var hasGuidance: Bool
    /// The keys that work here, for a help line.
    package var keys: String
}

extension AssessmentSession {
    /// What the user sees after an input.
    package enum Screen: Sendable, Equatable {
        case question(QuestionView)
        case prompt(Prompt)
        case finished(Finish)
    }

    /// A line of free text the session is waiting for.
    package enum Prompt: Sendable, Equatable {
        case justification(question: String)
        case comment(question: String, current: String?)
        case evidenceTitle(question: String)
        case evidenceLocation(title: String)
        case evidenceDate(title: String, latest: Day)

        /// The prompt as shown to the user.
        package var text: String {
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
    package enum Finish: Sendable, Equatable {
        /// Every applicable question has an answer.
        case allAnswered
        /// The walk passed the last question with some left unanswered.
        case endOfQuestions(unanswered: Int)
        /// The user typed `q`.
        case quit(unanswered: Int)
    }

    /// The result of one input.
    package struct Response: Sendable, Equatable {
        /// Short messages about what the input did ("Saved ...", "... is not an option").
        package var notices: [String]
        package var screen: Screen
        /// The answers document changed and should be saved now.
        package var changed: Bool

        package init(notices: [String], screen: Screen, changed: Bool) {
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
