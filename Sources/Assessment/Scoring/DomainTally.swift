/// An exact number a domain score can be: the ordinary scorer's `Fraction`, or a compiled
/// scorer's `Ratio`.
package protocol ExactScore {
    /// A whole number.
    init(_ whole: Int)
    /// Rounded to two decimals, half away from zero; nil when it cannot be worked out exactly
    /// (a `Ratio` past 128 bits).
    var hundredths: Double? { get }
}

extension Fraction: ExactScore {
    package var hundredths: Double? { roundedToHundredths }
}

extension Ratio: ExactScore {
    package var hundredths: Double? { roundedToHundredths }
}

/// A weighted sum of whole-number levels and its mean, in whichever weights a scorer keeps:
/// the decimals a questionnaire wrote (`ExactWeightedMean`) or whole units of a shared power
/// of ten (`UnitLevelSum`).
package protocol LevelSum {
    associatedtype Weight
    associatedtype Score: ExactScore
    init()
    mutating func add(_ level: Int, weight: Weight)
    /// Σ level × weight ÷ Σ weight; nil when the weights sum to zero.
    var mean: Score? { get }
}

extension ExactWeightedMean: LevelSum {}

/// What a domain's score is worked out from, fed one counted question at a time by both
/// scorers: the weighted mean of the levels, the lowest level, whether all meet their
/// targets, and for cumulative scoring the highest practice level and the lowest one unmet.
package struct DomainTally<Sum: LevelSum> {
    package private(set) var sum = Sum()
    /// How many questions were added.
    package private(set) var counted = 0
    package private(set) var lowest: Int?
    package private(set) var allMet = true
    package private(set) var highestPractice = 0
    /// The lowest practice level of 1 or more whose practice is not met (its level is below it).
    package private(set) var lowestUnmetPractice: Int?

    package init() {}

    /// Adds one counted question: its level as judged, its weight, its practice level (1
    /// when none is written) and whether it meets its target.
    @inline(__always)
    package mutating func add(level: Int, weight: Sum.Weight, practice: Int, met: Bool?) {
        sum.add(level, weight: weight)
        counted += 1
        lowest = min(lowest ?? level, level)
        if met != true { allMet = false }
        highestPractice = max(highestPractice, practice)
        // A practice's level equals its practice level exactly when it is met.
        if level < practice, practice >= 1 { lowestUnmetPractice = min(lowestUnmetPractice ?? practice, practice) }
    }

    /// The highest level L (at least 1 on the way up) such that every practice at levels 1
    /// to L is met: 0 when a level-1 practice is unmet.
    package var reachedLevel: Int {
        min(max(1, highestPractice), (lowestUnmetPractice ?? Int.max) - 1)
    }
}
