extension Choice {
    /// How "not applicable" is written in an answers file: `answer: na`, or `ID: na`.
    package static let notApplicableToken = "na"

    /// The choice a single written value stands for: `na` is not applicable, anything else an
    /// option value.
    package init(scalar value: String) {
        self = value == Self.notApplicableToken ? .notApplicable : .option(value)
    }

    /// The single value this choice is written as, or nil for agreed indicators (a list) and
    /// for no answer.
    package var scalar: String? {
        switch self {
        case .option(let value): value
        case .notApplicable: Self.notApplicableToken
        case .indicators, .unanswered: nil
        }
    }
}
