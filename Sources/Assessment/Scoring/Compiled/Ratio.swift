/// An exact non-negative-denominator ratio in 128 bits, for a compiled scorer's domain, topic and overall
/// means: the same values `Fraction` gives, without allocating. Every operation reports
/// overflow as nil, and the compiled scorer then leaves the body to the ordinary path.
package struct Ratio: Sendable, Equatable {
    private(set) var numerator: Int128
    /// Always positive.
    private(set) var denominator: Int128

    /// `numerator / denominator` in lowest terms; nil when `denominator` is not positive.
    package init?(_ numerator: Int128, _ denominator: Int128) {
        guard denominator > 0 else { return nil }
        let divisor = Self.gcd(numerator.magnitude, denominator.magnitude)
        if divisor == 1 {
            self.numerator = numerator
            self.denominator = denominator
        } else {
            self.numerator = numerator / Int128(divisor)
            self.denominator = denominator / Int128(divisor)
        }
    }

    /// A whole number.
    package init(_ value: Int) {
        numerator = Int128(value)
        denominator = 1
    }

    /// The value rounded to two decimals, half away from zero, exactly as
    /// `Fraction.roundedToHundredths` rounds it.
    package var roundedToHundredths: Double? {
        // ⌊(200|N| + D) / 2D⌋ hundredths; in 64 bits when it fits, as nearly always.
        let magnitude = numerator.magnitude
        if magnitude < 1 << 52, denominator < 1 << 60 {
            let hundredths = (200 * UInt64(magnitude) + UInt64(denominator)) / (2 * UInt64(denominator))
            let value = Double(hundredths) / 100
            return numerator < 0 ? -value : value
        }
        let (scaled, o1) = Int128(magnitude).multipliedReportingOverflow(by: 200)
        let (top, o2) = scaled.addingReportingOverflow(denominator)
        let (twice, o3) = denominator.multipliedReportingOverflow(by: 2)
        guard !o1, !o2, !o3 else { return nil }
        let hundredths = top / twice
        guard hundredths < 1 << 53 else { return nil }
        let value = Double(Int64(hundredths)) / 100
        return numerator < 0 ? -value : value
    }

    /// `self - other`; nil on overflow.
    package func minus(_ other: Ratio) -> Ratio? {
        let (a, o1) = numerator.multipliedReportingOverflow(by: other.denominator)
        let (b, o2) = other.numerator.multipliedReportingOverflow(by: denominator)
        let (difference, o3) = a.subtractingReportingOverflow(b)
        let (product, o4) = denominator.multipliedReportingOverflow(by: other.denominator)
        guard !o1, !o2, !o3, !o4 else { return nil }
        return Ratio(difference, product)
    }

    /// Euclid's algorithm, in 64 bits once both fit (128-bit division is a library call).
    private static func gcd(_ a: UInt128, _ b: UInt128) -> UInt128 {
        var (a, b) = (a, b)
        while b != 0, a > UInt128(UInt64.max) || b > UInt128(UInt64.max) { (a, b) = (b, a % b) }
        var (x, y) = (UInt64(a), UInt64(b))
        while y != 0 { (x, y) = (y, x % y) }
        return x == 0 ? 1 : UInt128(x)
    }
}

/// Σ value × weight ÷ Σ weight over ratios and whole weight units, as `ExactWeightedMean` sums
/// them; `overflowed` once a sum no longer fits.
package struct RatioMean {
    private var total = Ratio(0)
    private var weights: Int128 = 0
    private(set) var overflowed = false

    package mutating func add(_ value: Ratio, units: Int) {
        guard !overflowed else { return }
        // total + value × units, over the product of the denominators, in lowest terms.
        let (a, o1) = total.numerator.multipliedReportingOverflow(by: value.denominator)
        let (scaled, o2) = value.numerator.multipliedReportingOverflow(by: Int128(units))
        let (b, o3) = scaled.multipliedReportingOverflow(by: total.denominator)
        let (sum, o4) = a.addingReportingOverflow(b)
        let (denominator, o5) = total.denominator.multipliedReportingOverflow(by: value.denominator)
        let (newWeights, o6) = weights.addingReportingOverflow(Int128(units))
        guard !o1, !o2, !o3, !o4, !o5, !o6, let next = Ratio(sum, denominator) else {
            overflowed = true
            return
        }
        total = next
        weights = newWeights
    }

    /// The mean; nil when the weights sum to zero (or a sum overflowed: check `overflowed`).
    package var mean: Ratio? {
        guard !overflowed, weights > 0 else { return nil }
        let (denominator, overflow) = total.denominator.multipliedReportingOverflow(by: weights)
        guard !overflow else { return nil }
        return Ratio(total.numerator, denominator)
    }
}
