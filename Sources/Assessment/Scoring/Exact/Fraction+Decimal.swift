extension Fraction {
    /// The exact value of `value` as its author wrote it: the decimal with the fewest places
    /// (up to `maxPlaces`) that reads back as `value` (0.1 is one tenth, not the binary double
    /// nearest to it); past that, the double's own binary value. Nil when it is not finite.
    package init?(decimal value: Double) {
        guard value.isFinite else { return nil }
        if let (units, places) = Self.decimalUnits(of: value) {
            self.init(isNegative: value < 0, numerator: Natural(units), denominator: Natural(Self.powersOfTen[places]))
            return
        }
        // |value| = significand × 2^exponent, exactly.
        let magnitude = value.magnitude
        let significand = UInt64(magnitude.significandBitPattern) | (magnitude.isNormal ? 1 << 52 : 0)
        let exponent = magnitude.isNormal ? Int(magnitude.exponentBitPattern) - 1075 : -1074
        self.init(isNegative: value < 0,
                  numerator: Natural(significand) * (exponent > 0 ? .powerOfTwo(exponent) : Natural(1)),
                  denominator: exponent < 0 ? .powerOfTwo(-exponent) : Natural(1))
    }

    /// Decimal places tried before falling back to the binary value.
    package static let maxPlaces = 9
    package static let powersOfTen: [UInt64] = (0...maxPlaces).map { places in (0..<places).reduce(1) { r, _ in r * 10 } }

    /// `|value|` as a whole number of units of 10^−places, with the fewest places that read
    /// back exactly as `value`; nil when no short decimal does.
    package static func decimalUnits(of value: Double) -> (units: UInt64, places: Int)? {
        let magnitude = value.magnitude
        for places in 0...maxPlaces {
            let scale = Double(powersOfTen[places])
            let units = (magnitude * scale).rounded()
            guard units < 0x1p53 else { return nil }
            if units / scale == magnitude { return (UInt64(units), places) }
        }
        return nil
    }
}
