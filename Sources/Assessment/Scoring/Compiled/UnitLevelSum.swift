/// Σ level × weight and Σ weight over whole weight units, in 128 bits: what a compiled
/// scorer's domain scores are the mean of. Weight units stay below 2^40 in sum
/// (`CompiledScorer.units`), so levels of an `Int` cannot overflow it.
package struct UnitLevelSum: LevelSum {
    private var levels: Int128 = 0
    private var units: Int128 = 0

    package init() {}

    @inline(__always)
    package mutating func add(_ level: Int, weight units: Int) {
        levels += Int128(level) * Int128(units)
        self.units += Int128(units)
    }

    package var mean: Ratio? { Ratio(levels, units) }
}
