/// Σ value × weight ÷ Σ weight, kept exact: values are levels (whole numbers) or exact means,
/// weights the decimals a questionnaire or option wrote. Whole-number values with short
/// decimal weights, the common case, are summed in 64-bit integers scaled by the weights'
/// decimal places; anything else, or a sum that would overflow, goes on in `Fraction`s.
package struct ExactWeightedMean {
    /// Σ value × weight and Σ weight in units of 10^−places, while everything fits.
    private var scaled: (total: Int, weights: Int, places: Int)? = (0, 0, 0)
    private var total = Fraction.zero
    private var weights = Fraction.zero
    /// False once a weight was not finite: the mean is then undefined.
    private var defined = true

    package init() {}

    /// Adds a whole-number value (a level).
    package mutating func add(_ value: Int, weight: Double) {
        guard defined else { return }
        if var s = scaled, let (units, places) = Fraction.decimalUnits(of: weight), let signed = Int(exactly: units) {
            let weightUnits = weight < 0 ? -signed : signed
            if Self.rescale(&s, to: places), let w = Self.scale(weightUnits, from: places, to: s.places) {
                let (product, o1) = value.multipliedReportingOverflow(by: w)
                let (newTotal, o2) = s.total.addingReportingOverflow(product)
                let (newWeights, o3) = s.weights.addingReportingOverflow(w)
                if !o1, !o2, !o3 {
                    scaled = (newTotal, newWeights, s.places)
                    return
                }
            }
        }
        add(Fraction(value), weight: weight)
    }

    /// Adds an exact value (a domain or topic mean).
    package mutating func add(_ value: Fraction, weight: Double) {
        guard defined, let w = Fraction(decimal: weight) else {
            defined = false
            return
        }
        spill()
        total = total + value * w
        weights = weights + w
    }

    /// The mean; nil when the weights sum to zero or less, or one was not finite.
    package var mean: Fraction? {
        guard defined else { return nil }
        if let s = scaled {
            guard s.weights > 0 else { return nil }
            return Fraction(isNegative: s.total < 0, numerator: Natural(UInt64(s.total.magnitude)), denominator: Natural(UInt64(s.weights)))
        }
        guard weights.isPositive else { return nil }
        return total / weights
    }

    /// Moves the integer sums into the fraction sums, for good.
    private mutating func spill() {
        guard let s = scaled else { return }
        let unit = Fraction(isNegative: false, numerator: Natural(1), denominator: Natural(Fraction.powersOfTen[s.places]))
        total = Fraction(s.total) * unit
        weights = Fraction(s.weights) * unit
        scaled = nil
    }

    /// Raises the sums' places to at least `places`; false on overflow.
    private static func rescale(_ s: inout (total: Int, weights: Int, places: Int), to places: Int) -> Bool {
        guard places > s.places else { return true }
        guard let total = scale(s.total, from: s.places, to: places), let weights = scale(s.weights, from: s.places, to: places) else { return false }
        s = (total, weights, places)
        return true
    }

    /// `units` of 10^−from as units of 10^−to (to ≥ from); nil on overflow.
    private static func scale(_ units: Int, from: Int, to: Int) -> Int? {
        let (result, overflow) = units.multipliedReportingOverflow(by: Int(Fraction.powersOfTen[to - from]))
        return overflow ? nil : result
    }
}
