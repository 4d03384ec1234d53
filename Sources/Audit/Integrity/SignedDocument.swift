import Assessment
/// The JSON documents other than a single report that cyberassess writes and people sign:
/// assurance reviews and cycle reports. Their signatures are checked like a report's; they
/// have no digest of their own to check.
package enum SignedDocument {
    private struct Probe: Decodable { var schema: String }

    /// The schemas of signable documents that are not `Report`s.
    package static let schemas = [AssuranceReview.currentSchema, CycleReport.currentSchema]

    /// Whether the file at `path` is one of those documents.
    package static func isOtherDocument(_ path: String) -> Bool {
        guard let source = try? SourceFile.read(path),
              let probe = try? CanonicalJSON.decode(Probe.self, from: source.bytes, path: path, expected: "JSON")
        else { return false }
        return schemas.contains(probe.schema)
    }
}
