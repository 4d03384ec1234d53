import Assessment

/// How a document format escapes text from input files.
protocol MarkupEscaping {
    /// Appends `text`, escaped, to `bytes`.
    static func append(_ text: String, to bytes: inout [UInt8])

    /// Appends `text`, escaped, and returns true when it holds nothing that control-character
    /// stripping removes, so escaping it beside other text gives the same bytes as escaping it
    /// alone; else leaves `bytes` as they were and returns false.
    static func appendPlain(_ text: String, to bytes: inout [UInt8]) -> Bool
}

/// HTML: `Escaping.html`.
enum HTMLEscaping: MarkupEscaping {
    static func append(_ text: String, to bytes: inout [UInt8]) { Escaping.appendHTML(text, to: &bytes) }
    static func appendPlain(_ text: String, to bytes: inout [UInt8]) -> Bool { Escaping.appendPlainHTML(text, to: &bytes) }
}

/// Markdown: `Escaping.markdown`.
enum MarkdownEscaping: MarkupEscaping {
    static func append(_ text: String, to bytes: inout [UInt8]) { Escaping.appendMarkdown(text, to: &bytes) }
    /// Never: a line break at the end of one text and the start of the next would be one break.
    static func appendPlain(_ text: String, to bytes: inout [UInt8]) -> Bool { false }
}

/// A piece of a document written as a string literal: the literal parts are markup, taken as
/// they are, and every interpolated `String` is text, escaped for the format. So
/// `"<td>\(title)</td>"` can never let a title close the cell.
struct Markup<Escaping: MarkupEscaping>: ExpressibleByStringInterpolation {
    var bytes: [UInt8]

    init(stringLiteral literal: StaticString) {
        bytes = []
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    init(stringInterpolation: StringInterpolation) { bytes = stringInterpolation.bytes }

    struct StringInterpolation: StringInterpolationProtocol {
        var bytes: [UInt8] = []

        init(literalCapacity: Int, interpolationCount: Int) {
            // Room for texts of a few dozen bytes, so a row is rarely grown and copied.
            bytes.reserveCapacity(literalCapacity + interpolationCount * 64)
        }

        mutating func appendLiteral(_ literal: StaticString) {
            literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        /// Text from the report, escaped.
        mutating func appendInterpolation(_ text: String) { Escaping.append(text, to: &bytes) }

        /// A whole number, which never needs escaping.
        mutating func appendInterpolation(_ number: Int) { bytes.append(contentsOf: String(number).utf8) }

        /// Markup built elsewhere, taken as it is.
        mutating func appendInterpolation(_ markup: Markup) { bytes.append(contentsOf: markup.bytes) }

        /// Texts from the report joined with "; ", or "—" when there are none: the same
        /// bytes as `\(context.joined(values))`, escaped one by one without the joined copy.
        mutating func appendInterpolation(joined values: [String]) {
            guard !values.isEmpty else { return appendInterpolation(Format.none) }
            for (index, value) in values.enumerated() {
                if index > 0 { appendLiteral("; ") }
                Escaping.append(value, to: &bytes)
            }
        }

        /// Framework references (`framework:id`) joined as `joined:` joins texts. A reference
        /// whose parts are plain text is escaped part by part, without building its string.
        mutating func appendInterpolation(joined references: [FrameworkReference]) {
            guard !references.isEmpty else { return appendInterpolation(Format.none) }
            for (index, reference) in references.enumerated() {
                if index > 0 { appendLiteral("; ") }
                let start = bytes.count
                if Escaping.appendPlain(reference.framework, to: &bytes) {
                    bytes.append(UInt8(ascii: ":"))
                    if Escaping.appendPlain(reference.id, to: &bytes) { continue }
                }
                bytes.removeSubrange(start...)
                Escaping.append(reference.description, to: &bytes)
            }
        }
    }
}

/// A document being written piece by piece into one buffer.
struct MarkupDocument<Escaping: MarkupEscaping> {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// Appends one piece.
    mutating func callAsFunction(_ markup: Markup<Escaping>) { bytes.append(contentsOf: markup.bytes) }

    /// Appends `markup` when `condition` holds (an optional line of the document).
    mutating func callAsFunction(if condition: Bool, _ markup: @autoclosure () -> Markup<Escaping>) {
        if condition { bytes.append(contentsOf: markup().bytes) }
    }
}
