import Assessment

/// How a document format escapes text from input files.
protocol MarkupEscaping {
    /// Appends `text`, escaped, to `bytes`.
    static func append(_ text: String, to bytes: inout [UInt8])
}

/// HTML: `Escaping.html`.
enum HTMLEscaping: MarkupEscaping {
    static func append(_ text: String, to bytes: inout [UInt8]) { Escaping.appendHTML(text, to: &bytes) }
}

/// Markdown: `Escaping.markdown`.
enum MarkdownEscaping: MarkupEscaping {
    static func append(_ text: String, to bytes: inout [UInt8]) { Escaping.appendMarkdown(text, to: &bytes) }
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
            bytes.reserveCapacity(literalCapacity + interpolationCount * 24)
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
        /// whose parts are plain ASCII is escaped part by part, without building its string.
        mutating func appendInterpolation(joined references: [FrameworkReference]) {
            guard !references.isEmpty else { return appendInterpolation(Format.none) }
            for (index, reference) in references.enumerated() {
                if index > 0 { appendLiteral("; ") }
                if isPlainASCII(reference.framework), isPlainASCII(reference.id) {
                    Escaping.append(reference.framework, to: &bytes)
                    bytes.append(UInt8(ascii: ":"))
                    Escaping.append(reference.id, to: &bytes)
                } else {
                    Escaping.append(reference.description, to: &bytes)
                }
            }
        }

        /// Whether `text` is printable ASCII, so escaping it next to other text cannot differ
        /// from escaping it alone (no control to strip with what follows, no line break pair).
        private func isPlainASCII(_ text: String) -> Bool {
            text.utf8.withContiguousStorageIfAvailable { bytes in
                bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
            } ?? false
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
