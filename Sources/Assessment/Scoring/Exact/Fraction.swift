/// An exact rational number: what a score is before it is rounded for the report, so that a
/// score lying exactly halfway at the third decimal (1.025) rounds half away from zero as the
/// README documents, which a binary `Double` (1.0249999…) cannot promise.
package struct Fraction: Sendable, Equatable {
    /// True when the value is below zero (never for zero itself).
    private(set) var isNegative: Bool
    private(set) var numerator: Natural
    /// Never zero.
    private(set) var denominator: Natural

    package init(isNegative: Bool, numerator: Natural, denominator: Natural) {
        precondition(!denominator.isZero, "Fraction with a zero denominator")
        self.isNegative = isNegative && !numerator.isZero
        self.numerator = numerator
        self.denominator = denominator
    }

    package init(_ value: Int) {
        self.init(isNegative: value < 0, numerator: Natural(UInt64(value.magnitude)), denominator: Natural(1))
    }

    package static let zero = Fraction(0)

    package var isZero: Bool { numerator.isZero }

    /// The nearest `Double`, for places that need no exactness.
    package var doubleValue: Double {
        let magnitude = numerator.doubleValue / denominator.doubleValue
        return isNegative ? -magnitude : magnitude
    }

    package static func == (a: Fraction, b: Fraction) -> Bool {
        a.isNegative == b.isNegative && a.numerator * b.denominator == b.numerator * a.denominator
    }

    static prefix func - (a: Fraction) -> Fraction {
        Fraction(isNegative: !a.isNegative, numerator: a.numerator, denominator: a.denominator)
    }

    package static func + (a: Fraction, b: Fraction) -> Fraction {
        let (x, y, denominator) = a.denominator == b.denominator
            ? (a.numerator, b.numerator, a.denominator)
            : (a.numerator * b.denominator, b.numerator * a.denominator, a.denominator * b.denominator)
        if a.isNegative == b.isNegative { return Fraction(isNegative: a.isNegative, numerator: x + y, denominator: denominator) }
        return x >= y
            ? Fraction(isNegative: a.isNegative, numerator: x - y, denominator: denominator)
            : Fraction(isNegative: b.isNegative, numerator: y - x, denominator: denominator)
    }

    package static func - (a: Fraction, b: Fraction) -> Fraction { a + -b }

    package static func * (a: Fraction, b: Fraction) -> Fraction {
        Fraction(isNegative: a.isNegative != b.isNegative, numerator: a.numerator * b.numerator, denominator: a.denominator * b.denominator)
    }

    /// `a ÷ b`, or nil when `b` is zero.
    package static func / (a: Fraction, b: Fraction) -> Fraction? {
        guard !b.isZero else { return nil }
        return Fraction(isNegative: a.isNegative != b.isNegative, numerator: a.numerator * b.denominator, denominator: a.denominator * b.numerator)
    }

    /// Whether the value is above zero.
    package var isPositive: Bool { !isNegative && !isZero }
}
