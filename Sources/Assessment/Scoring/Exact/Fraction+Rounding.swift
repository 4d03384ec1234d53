extension Fraction {
    /// The value rounded to two decimals, half away from zero, decided on the exact value:
    /// 1.025 gives 1.03 and −1.025 gives −1.03.
    package var roundedToHundredths: Double {
        // The result is h / 100 with h = ⌊100 |x| + ½⌋ = ⌊(200N + D) / 2D⌋.
        if let n = numerator.uint64, let d = denominator.uint64, n < 1 << 56, d < 1 << 62 {
            // The usual case, in 64 bits: 200N + D < 2⁶⁴.
            let magnitude = Double((200 * n + d) / (2 * d)) / 100
            return isNegative ? -magnitude : magnitude
        }
        // Otherwise h is the one with 2D·h ≤ 200N + D < 2D·(h + 1): the binary estimate is
        // off by at most one near a tie, and exact comparisons settle it.
        let estimate = (numerator.doubleValue / denominator.doubleValue * 100).rounded()
        guard estimate.isFinite, estimate < 0x1p62 else { return doubleValue }
        let twice = denominator + denominator
        let bound = Natural(200) * numerator + denominator
        var h = UInt64(estimate)
        while h > 0, twice * Natural(h) > bound { h -= 1 }
        while twice * Natural(h + 1) <= bound { h += 1 }
        let magnitude = Double(h) / 100
        return isNegative ? -magnitude : magnitude
    }
}
