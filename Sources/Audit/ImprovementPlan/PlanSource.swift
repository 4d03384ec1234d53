import Assessment
/// The reports a plan is made from: a JSON report of one scope, or a cycle report of the
/// organisation and its critical systems.
package enum PlanSource {
    private struct Probe: Decodable { var schema: String }

    /// Every scope's report in the JSON file at `path`.
    package static func reports(in path: String) throws(AssessmentError) -> [ScopedReport] {
        let source = try SourceFile.read(path)
        let expected = "a cyberassess JSON report ('cyberassess score --format json')"
        let probe = try CanonicalJSON.decode(Probe.self, from: source.bytes, path: path, expected: expected)
        guard probe.schema == CycleReport.currentSchema else {
            return [ScopedReport(scope: nil, report: try Report.decode(json: source.bytes, path: path))]
        }
        return try CanonicalJSON.decode(CycleReport.self, from: source.bytes, path: path, expected: expected).scopedReports
    }
}
