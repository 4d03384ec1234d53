import CyberYAML
import Foundation

/// The rules an answers file's header must meet, in one place for the ordinary decoder, the
/// fast stream reader and the command-line options that start a new file.
package enum AnswersRules {
    /// The body types the README and `--body-type` document.
    package static let bodyTypes = ["district", "county", "unitary", "metropolitan", "london-borough", "other"]

    /// Whether `text` holds nothing but spaces, tabs and line breaks.
    /// The same set as Foundation's `.whitespacesAndNewlines` (Unicode's White_Space and the
    /// zero-width space), checked scalar by scalar: trimming through `NSString` cost several
    /// milliseconds of every library load.
    package static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace || scalar.value == 0x200B
        }
    }

    /// What is wrong with a body id, or nil: it must say something and hold no control characters.
    package static func idProblem(_ id: String) -> String? {
        if isBlank(id) { return "expected an identifier such as an ONS/GSS code, found nothing but spaces" }
        if let control = id.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
            return "control characters (U+\(hex(control.value))) are not allowed in an identifier"
        }
        return nil
    }

    /// What is wrong with a body name, or nil.
    package static func nameProblem(_ name: String) -> String? {
        isBlank(name) ? "expected the body's name, found nothing but spaces" : nil
    }

    /// What is wrong with a body type, or nil: it must be one of `bodyTypes`.
    package static func typeProblem(_ type: String) -> String? {
        bodyTypes.contains(type) ? nil : "expected one of \(bodyTypes.joined(separator: ", ")), found \"\(type)\""
    }

    /// What is wrong with a period, or nil: a financial year `YYYY-YY` whose second part is
    /// the year after the first (`2026-27`, `1999-00`).
    package static func periodProblem(_ period: String) -> String? {
        let bytes = Array(period.utf8)
        let digits = bytes.count == 7 && bytes[4] == UInt8(ascii: "-")
            ? (bytes[0..<4] + bytes[5..<7]).allSatisfy { (48...57).contains($0) } : false
        if digits, let first = Int(String(decoding: bytes[0..<4], as: UTF8.self)),
           let second = Int(String(decoding: bytes[5..<7], as: UTF8.self)), second == (first + 1) % 100 {
            return nil
        }
        return "expected a financial year written YYYY-YY, such as 2026-27, found \"\(period)\""
    }

    /// Every problem with a body and period, each with the key path it concerns.
    package static func problems(body: Body, period: String) -> [(path: String, message: String)] {
        var found: [(String, String)] = []
        if let problem = idProblem(body.id) { found.append(("body.id", problem)) }
        if let problem = nameProblem(body.name) { found.append(("body.name", problem)) }
        if let type = body.type, let problem = typeProblem(type) { found.append(("body.type", problem)) }
        if let problem = periodProblem(period) { found.append(("period", problem)) }
        return found
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
