/// The documented ranges of the numbers a library, a targets file and the command line may
/// give. Validation refuses anything outside them, so no score, priority or statistic can
/// become infinite, NaN or too large to count (see the README's "Security and robustness").
package enum Bounds {
    /// Question and domain weights.
    package static let weight: ClosedRange<Double> = 0.001...1000
    /// Topic weights given with `--topic-weight` (0 leaves a topic out of the overall score).
    package static let topicWeight: ClosedRange<Double> = 0...1000
    /// The highest level a scale may have: scales run 0..N with N from 1 to this.
    package static let maxScaleLevel = 10
    /// Evidence ages (`--stale-months`), up to a century.
    package static let staleMonths: ClosedRange<Int> = 0...1200

    /// Counts given on the command line (`--count`, `--min-group`).
    package static let count: ClosedRange<Int> = 1...1_000_000

    /// "from 0.001 to 1000", for messages.
    package static func describe(_ range: ClosedRange<Double>) -> String {
        func text(_ x: Double) -> String { x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x) }
        return "from \(text(range.lowerBound)) to \(text(range.upperBound))"
    }
}
