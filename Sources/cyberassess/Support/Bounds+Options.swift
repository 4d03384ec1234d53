import ArgumentParser
import Assessment

extension Bounds {
    /// Refuses a `--stale-months` outside `Bounds.staleMonths` as a usage error.
    static func checkStaleMonths(_ months: Int) throws(ValidationError) {
        guard staleMonths.contains(months) else {
            throw ValidationError("--stale-months: expected a number of months from \(staleMonths.lowerBound) to \(staleMonths.upperBound), found \(months)")
        }
    }

    /// Refuses a count option (`--count`, `--min-group`) outside `Bounds.count` as a usage error.
    static func checkCount(_ value: Int, option: String) throws(ValidationError) {
        guard count.contains(value) else {
            throw ValidationError("\(option): expected \(count.lowerBound) to \(count.upperBound), found \(value)")
        }
    }
}
