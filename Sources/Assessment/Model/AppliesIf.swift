import CyberYAML

/// The question applies only when another question's answer is one of `values`.
public struct AppliesIf: Sendable, Equatable {
    /// The id of the question whose answer decides.
    public var question: String
    /// The option values of that question for which this one applies.
    public var values: [String]
    /// Where the condition is written in its questionnaire.
    public var mark: Mark?

    /// Whether the condition holds, given the option value chosen for a question id (nil when
    /// that question has no option chosen: unanswered, not applicable or an outcome).
    public func isMet(by chosenValue: (String) -> String?) -> Bool {
        chosenValue(question).map(values.contains) ?? false
    }
}

extension Question {
    /// Whether this question applies, given the option value chosen for a question id.
    /// A question without `applies_if` always applies.
    public func applies(given chosenValue: (String) -> String?) -> Bool {
        appliesIf?.isMet(by: chosenValue) ?? true
    }
}

extension Choice {
    /// The chosen option's value; nil for not applicable and indicator answers.
    public var optionValue: String? {
        if case .option(let value) = self { return value }
        return nil
    }
}
