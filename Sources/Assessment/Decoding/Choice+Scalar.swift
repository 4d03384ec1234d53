extension Choice {
    /// How "not applicable" is written in an answers file: `answer: na`, or `ID: na`.
    public static let notApplicableToken = "na"

    /// The choice a single written value stands for: `na` is not applicable, anything else an
    /// option value.
    public init(scalar value: String) {
        self = value == Self.notApplicableToken ? .notApplicable : .option(value)
    }

    /// The single value this choice is written as, or nil for agreed indicators (a list) and
    /// for no answer.
    public var scalar: String? {
        switch self {
        case .option(let value): value
        case .notApplicable: Self.notApplicableToken
        case .indicators, .unanswered: nil
        }
    }
}
