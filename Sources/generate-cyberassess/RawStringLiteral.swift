/// A text written as a Swift multi-line raw string literal (`#"""` ... `"""#`) whose value is
/// the text byte for byte: no escape inside it is live and nothing is interpolated.
struct RawStringLiteral {
    /// The source of the literal, from its opening delimiter to its closing one.
    let source: String

    /// Refused: Swift reads a carriage return inside a multi-line literal as a line break, so
    /// the value would differ from the file.
    struct CarriageReturn: Error, CustomStringConvertible {
        let name: String
        var description: String { "\(name): holds a carriage return, which a Swift string literal cannot keep; save it with LF line endings" }
    }

    /// The literal for `text`, with the fewest `#` that neither an escape (`\#`) nor the closing
    /// delimiter (`"""#`) of the text can match.
    init(_ text: String, name: String) throws(CarriageReturn) {
        guard !text.utf8.contains(13) else { throw CarriageReturn(name: name) }
        var hashes = "#"
        while text.contains("\\" + hashes) || text.contains("\"\"\"" + hashes) { hashes += "#" }
        // The line break before the closing delimiter is not part of the value, and the
        // closing delimiter at column 0 strips no indentation.
        source = hashes + "\"\"\"\n" + text + "\n\"\"\"" + hashes
    }
}
