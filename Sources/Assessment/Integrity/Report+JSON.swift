import Foundation

extension Report {
    /// The canonical JSON of the report: sorted keys, two-space indentation, a final newline.
    /// The same report always gives the same bytes.
    public func canonicalJSON() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(self)) + [0x0A]
    }

    /// SHA-256 of the canonical JSON with `digest` and `generatedAt` removed.
    public func computeDigest() throws -> String {
        var content = self
        content.digest = nil
        content.provenance.generatedAt = nil
        return sha256Hex(try content.canonicalJSON())
    }

    /// The report with its digest filled in.
    public func sealed() throws -> Report {
        var copy = self
        copy.digest = try computeDigest()
        return copy
    }

    /// Reads a report from JSON, checking its schema.
    public static func decode(json bytes: [UInt8], path: String) throws(AssessmentError) -> Report {
        let report: Report
        do {
            report = try JSONDecoder().decode(Report.self, from: Data(bytes))
        } catch {
            throw .unreadable(path: path, reason: "not a cyberassess JSON report (\(Self.describe(error)))")
        }
        guard report.schema == currentSchema else {
            throw .unreadable(path: path, reason: "report schema is '\(report.schema)', this version reads '\(currentSchema)'")
        }
        return report
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let c):
            "missing '\(key.stringValue)' at \(c.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c), DecodingError.dataCorrupted(let c):
            "\(c.debugDescription) at \(c.codingPath.map(\.stringValue).joined(separator: "."))"
        default:
            "\(error)"
        }
    }
}
