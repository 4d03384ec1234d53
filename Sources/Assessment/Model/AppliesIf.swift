import CyberYAML

/// The question applies only when another question's answer is one of `values`.
public struct AppliesIf: Sendable, Equatable {
    public var question: String
    public var values: [String]
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
