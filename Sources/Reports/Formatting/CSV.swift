/// RFC 4180 CSV writing that is safe to open in a spreadsheet.
///
/// A field is quoted when it contains a comma, a double quote, CR or LF, and double quotes
/// inside it are doubled. Formula injection is defused: a field starting with `=`, `+`, `-`,
/// `@`, a tab or a carriage return gets a leading `'`, so a spreadsheet shows it as text instead
/// of running it (`=HYPERLINK("x")` is written `"'=HYPERLINK(""x"")"`). A field that is
/// exactly a decimal number (such as `-0.5`) is left alone: it cannot be a formula.
package enum CSV {
    /// Characters that make a spreadsheet treat a cell as a formula.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// One field, defused and quoted as needed.
    package static func field(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, formulaStarts.contains(Character(first)), !isNumber(value) {
            value = "'" + value
        }
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return value }
        var quoted = "\""
        for scalar in value.unicodeScalars {
            quoted.unicodeScalars.append(scalar)
            if scalar == "\"" { quoted.unicodeScalars.append(scalar) }
        }
        return quoted + "\""
    }

    /// One record: the fields escaped, joined by commas, ended by CRLF.
    package static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// Whether `text` is a plain decimal number: an optional `-`, digits, optionally `.` digits.
    static func isNumber(_ text: String) -> Bool {
        let unsigned = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let digits = { (part: Substring) in !part.isEmpty && part.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
        return parts.allSatisfy(digits)
    }
}
