import Assessment

/// The canonical JSON report, byte for byte what `Report.canonicalJSON()` gives.
enum JSONRenderer {
    static func render(_ report: Report) throws(ReportError) -> [UInt8] {
        do {
            return try report.canonicalJSON()
        } catch {
            throw .encoding(format: .json, reason: error.problems.map(\.message).joined(separator: "; "))
        }
    }
}
