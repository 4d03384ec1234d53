import Assessment
/// Summary statistics of a set of scores: count, mean, median, quartiles, minimum, maximum.
///
/// Quantiles use linear interpolation between order statistics (Hyndman and Fan type 7, the
/// default of R, NumPy and spreadsheet `PERCENTILE.INC`): for n sorted values x₀…xₙ₋₁ and a
/// proportion p, h = (n − 1)·p and Q(p) = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋). So the median of
/// 1, 2, 3, 4 is 2.5 and its quartiles are 1.75 and 3.25.
package struct Statistics: Sendable, Codable, Equatable {
    package var count: Int
    package var mean: Double
    package var median: Double
    /// First quartile, Q(0.25).
    package var q1: Double
    /// Third quartile, Q(0.75).
    package var q3: Double
    package var min: Double
    package var max: Double

    package init(count: Int, mean: Double, median: Double, q1: Double, q3: Double, min: Double, max: Double) {
        self.count = count
        self.mean = mean
        self.median = median
        self.q1 = q1
        self.q3 = q3
        self.min = min
        self.max = max
    }

    /// The statistics of `values` (in any order); nil when there are none.
    package init?(_ values: [Double]) {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        self.init(
            count: sorted.count,
            mean: Statistics.tidy(sorted.reduce(0, +) / Double(sorted.count)),
            median: Statistics.quantile(sorted, 0.5),
            q1: Statistics.quantile(sorted, 0.25),
            q3: Statistics.quantile(sorted, 0.75),
            min: sorted[0],
            max: sorted[sorted.count - 1])
    }

    /// The type 7 quantile of already sorted values at proportion `p` (0...1).
    package static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        precondition(!sorted.isEmpty, "quantile of no values")
        let h = Double(sorted.count - 1) * Swift.min(Swift.max(p, 0), 1)
        let low = Int(h.rounded(.down))
        let high = Swift.min(low + 1, sorted.count - 1)
        return tidy(sorted[low] + (h - Double(low)) * (sorted[high] - sorted[low]))
    }

    /// The percentile rank of `value` among sorted values, 0–100: the share of values below
    /// it plus half the share equal to it (the mid-rank definition). Among 1, 2, 3, 4, 5 the
    /// value 3 is at the 50th percentile, 1 at the 10th and 5 at the 90th.
    package static func percentileRank(of value: Double, in sorted: [Double]) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let below = sorted.prefix { $0 < value }.count
        let equal = sorted.dropFirst(below).prefix { $0 == value }.count
        return tidy((Double(below) + Double(equal) / 2) * 100 / Double(sorted.count))
    }

    /// Rounds to 6 decimal places so that results print without binary noise (2.3375, not
    /// 2.3374999999999999).
    package static func tidy(_ value: Double) -> Double { (value * 1_000_000).rounded() / 1_000_000 }
}

/// A streaming, exact distribution of scores that are multiples of 0.01 (every score in a
/// report is rounded to two decimals): a count per distinct value. Memory depends on the
/// number of distinct values (at most 100 × scale + 1), never on the number of bodies, and
/// quantiles and percentile ranks computed from it equal those of the full list of values.
package struct ScoreDistribution: Sendable, Equatable {
    /// Counts of the values 0.00 to 10.00 (any score on a scale up to 10), indexed by the value
    /// in hundredths; empty until the first such value. An array, not a dictionary: a batch
    /// adds every body's 30-odd scores to three groups' distributions on its writer thread.
    private var dense: [Int] = []
    /// Counts of any other value, keyed by the value in hundredths.
    private var sparse: [Int: Int] = [:]
    /// The largest value, in hundredths, `dense` holds.
    package static let denseLimit = 1000
    package private(set) var count = 0
    /// Sum of the values in hundredths (exact).
    private var sum = 0

    package init() {}

    /// A distribution of `values`, each rounded to the nearest 0.01.
    package init(_ values: [Double]) {
        for value in values { add(value) }
    }

    /// Adds one value, rounded to the nearest 0.01. A value that cannot be a score (not
    /// finite, or beyond ±`maxMagnitude`) is left out rather than allowed to trap.
    package mutating func add(_ value: Double) {
        guard let hundredths = Self.hundredths(value) else { return }
        add(hundredths: hundredths, times: 1)
    }

    /// The most values a decoded distribution may count, so that its exact sum cannot overflow.
    package static let maxCount = 1_000_000_000

    /// The largest magnitude counted; scores are on scales of at most 0..10.
    package static let maxMagnitude = 1_000_000.0

    /// `value` in whole hundredths, or nil when it is not finite or too large to be a score.
    package static func hundredths(_ value: Double) -> Int? {
        guard value.isFinite, abs(value) <= maxMagnitude else { return nil }
        return Int((value * 100).rounded())
    }

    package mutating func add(hundredths: Int, times: Int) {
        if (0...Self.denseLimit).contains(hundredths) {
            if dense.isEmpty { dense = [Int](repeating: 0, count: Self.denseLimit + 1) }
            dense[hundredths] += times
        } else {
            sparse[hundredths, default: 0] += times
        }
        count += times
        sum += hundredths * times
    }

    /// Count of each value, keyed by the value in hundredths.
    package var counts: [Int: Int] {
        Dictionary(uniqueKeysWithValues: ascending.map { ($0.hundredths, $0.count) })
    }

    /// The distinct values (in hundredths) in ascending order, with their counts.
    package var ascending: [(hundredths: Int, count: Int)] {
        let outside = sparse.sorted { $0.key < $1.key }.map { (hundredths: $0.key, count: $0.value) }
        var values = outside.filter { $0.hundredths < 0 }
        for (hundredths, n) in dense.enumerated() where n > 0 { values.append((hundredths, n)) }
        return values + outside.filter { $0.hundredths > Self.denseLimit }
    }

    package static func == (a: ScoreDistribution, b: ScoreDistribution) -> Bool {
        a.count == b.count && a.sum == b.sum && a.ascending.elementsEqual(b.ascending) { $0 == $1 }
    }

    /// Count, mean, type 7 median and quartiles, minimum and maximum; nil when empty.
    package var statistics: Statistics? {
        guard count > 0 else { return nil }
        let values = ascending
        return Statistics(
            count: count,
            mean: Statistics.tidy(Double(sum) / Double(count) / 100),
            median: quantile(0.5, values),
            q1: quantile(0.25, values),
            q3: quantile(0.75, values),
            min: Double(values[0].hundredths) / 100,
            max: Double(values[values.count - 1].hundredths) / 100)
    }

    /// The type 7 quantile at proportion `p`; nil when empty.
    package func quantile(_ p: Double) -> Double? {
        count == 0 ? nil : quantile(p, ascending)
    }

    private func quantile(_ p: Double, _ values: [(hundredths: Int, count: Int)]) -> Double {
        let h = Double(count - 1) * min(max(p, 0), 1)
        let low = Int(h.rounded(.down))
        let a = Self.orderStatistic(low, values)
        let b = Self.orderStatistic(min(low + 1, count - 1), values)
        return Statistics.tidy((Double(a) + (h - Double(low)) * Double(b - a)) / 100)
    }

    /// The k-th smallest value (0-based), in hundredths.
    private static func orderStatistic(_ k: Int, _ values: [(hundredths: Int, count: Int)]) -> Int {
        var seen = 0
        for entry in values {
            seen += entry.count
            if k < seen { return entry.hundredths }
        }
        return values[values.count - 1].hundredths
    }

    /// The mid-rank percentile (0–100) of `value` in this distribution; nil when empty.
    package func percentileRank(of value: Double) -> Double? {
        guard count > 0, let key = Self.hundredths(value) else { return nil }
        var below = 0, equal = 0
        for (k, n) in ascending {
            if k < key { below += n } else if k == key { equal = n }
        }
        return Statistics.tidy((Double(below) + Double(equal) / 2) * 100 / Double(count))
    }
}

/// Encoded as a list of `[value, count]` pairs in ascending order of value.
extension ScoreDistribution: Codable {
    package init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        while !c.isAtEnd {
            var pair = try c.nestedUnkeyedContainer()
            let value = try pair.decode(Double.self)
            let times = try pair.decode(Int.self)
            guard times > 0, times <= Self.maxCount - count else {
                throw DecodingError.dataCorruptedError(in: pair, debugDescription: "a count must be 1 or more, and all counts together at most \(Self.maxCount), found \(times)")
            }
            guard let hundredths = Self.hundredths(value) else {
                throw DecodingError.dataCorruptedError(in: pair, debugDescription: "a score must be a number from -\(Self.maxMagnitude) to \(Self.maxMagnitude), found \(value)")
            }
            add(hundredths: hundredths, times: times)
        }
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        for entry in ascending {
            var pair = c.nestedUnkeyedContainer()
            try pair.encode(Double(entry.hundredths) / 100)
            try pair.encode(entry.count)
        }
    }
}
