extension Report {
    /// The canonical JSON of the report: sorted keys, two-space indentation, a final newline.
    /// The same report always gives the same bytes.
    public func canonicalJSON() throws(AssessmentError) -> [UInt8] {
        try CanonicalJSON.encode(self, for: "the \(body.id) report")
    }

    /// SHA-256 of the canonical JSON with `digest` and `generatedAt` removed.
    public func computeDigest() throws(AssessmentError) -> String {
        var content = self
        content.digest = nil
        content.provenance.generatedAt = nil
        return sha256Hex(try content.canonicalJSON())
    }

    /// The report with its digest filled in.
    public func sealed() throws(AssessmentError) -> Report {
        var copy = self
        copy.digest = try computeDigest()
        return copy
    }

    /// Reads a report from JSON, checking its schema.
    public static func decode(json bytes: [UInt8], path: String) throws(AssessmentError) -> Report {
        let report = try CanonicalJSON.decode(Report.self, from: bytes, path: path, expected: "a cyberassess JSON report ('cyberassess score --format json')")
        guard report.schema == currentSchema else {
            throw .schema(path: path, expected: "report schema '\(currentSchema)'", found: "'\(report.schema)'; score the answers again with this version of cyberassess")
        }
        return report
    }
}
