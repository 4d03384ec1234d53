import CyberYAML

/// When a question applies: only when another question's answer is one of `values`, only for
/// some kinds of council (`bodyTypes`), or both. A condition names at least one of the two.
public struct AppliesIf: Sendable, Equatable {
    /// The id of the question whose answer decides, if an answer decides.
    public var question: String?
    /// The option values of that question for which this one applies.
    public var values: [String]
    /// The body types (see `AnswersRules.bodyTypes`) for which the question applies; nil for all.
    public var bodyTypes: [String]?
    /// Where the condition is written in its questionnaire.
    public var mark: Mark?

    public init(question: String? = nil, values: [String] = [], bodyTypes: [String]? = nil, mark: Mark? = nil) {
        self.question = question
        self.values = values
        self.bodyTypes = bodyTypes
        self.mark = mark
    }

    /// Whether the condition holds, given the option value chosen for a question id (nil when
    /// that question has no option chosen: unanswered, not applicable or an outcome) and the
    /// body's type. A body that gives no type is asked every question, so a body-type
    /// condition holds for it.
    public func isMet(by chosenValue: (String) -> String?, bodyType: String? = nil) -> Bool {
        guard admits(bodyType: bodyType) else { return false }
        guard let question else { return true }
        return isMet(byChosen: chosenValue(question))
    }

    /// Whether a body of `bodyType` is asked the question: one the condition lists, or any
    /// when it lists none or the body gives no type.
    public func admits(bodyType: String?) -> Bool {
        guard let bodyTypes, let bodyType else { return true }
        return bodyTypes.contains(bodyType)
    }

    /// Whether the answer part of the condition holds when `value` is the option chosen for
    /// the question it names (nil when none is chosen). Scorers that number options fill
    /// their tables by asking this of each option.
    public func isMet(byChosen value: String?) -> Bool {
        value.map(values.contains) ?? false
    }

    /// The condition in words, for the answers template: "only if RES-AST-05 is yes", "only for
    /// county, unitary or metropolitan councils".
    public var description: String {
        var parts: [String] = []
        if let bodyTypes { parts.append("for \(bodyTypes.joined(separator: ", ")) councils") }
        if let question { parts.append("if \(question) is \(values.joined(separator: " or "))") }
        return "only " + parts.joined(separator: " and ")
    }
}

extension Question {
    /// Whether this question applies, given the option value chosen for a question id and the
    /// body's type. A question without `applies_if` always applies.
    public func applies(given chosenValue: (String) -> String?, bodyType: String? = nil) -> Bool {
        appliesIf?.isMet(by: chosenValue, bodyType: bodyType) ?? true
    }
}

extension Choice {
    /// The chosen option's value; nil for not applicable and indicator answers.
    public var optionValue: String? {
        if case .option(let value) = self { return value }
        return nil
    }
}
