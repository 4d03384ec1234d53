import Foundation

/// Text from input files made inert for a document format. Every renderer and template escapes
/// through here, so a fix lands once. Control characters are removed first (see
/// `stripControls`).
package enum Escaping {
    /// Text for HTML: `& < > " '` as entities.
    package static func html(_ text: String) -> String {
        escaped(text, appendHTML)
    }

    /// Text for Markdown that reads as plain text: `& < >` as entities (no raw HTML), Markdown
    /// punctuation backslash-escaped (no links, images, emphasis, code or headings), `|`
    /// escaped (it would end a table cell) and line breaks (`\n`, `\r\n` or `\r`) as `<br>`
    /// (they would end a table row or paragraph).
    package static func markdown(_ text: String) -> String {
        escaped(text, appendMarkdown)
    }

    /// Appends `text` escaped for HTML to `out`: one pass over its UTF-8 bytes, no copy of
    /// text that needs nothing replaced.
    static func appendHTML(_ text: String, to out: inout [UInt8]) {
        if appendPlainHTML(text, to: &out) { return }
        appendStrippedHTML(text, to: &out)
    }

    /// The general path of `appendHTML`, and the oracle its one-pass `appendPlainHTML` is
    /// tested against: control characters stripped first, then the five characters escaped.
    static func appendStrippedHTML(_ text: String, to out: inout [UInt8]) {
        append(stripControls(text), to: &out) { byte in
            switch byte {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\""): "&quot;"
            case UInt8(ascii: "'"): "&#39;"
            default: nil
            }
        }
    }

    /// Appends `text` escaped for Markdown (see `markdown`) to `out`.
    static func appendMarkdown(_ text: String, to out: inout [UInt8]) {
        append(stripControls(text), to: &out, carriageReturnIsLineBreak: true) { byte in
            switch byte {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\\"): "\\\\"
            case UInt8(ascii: "`"): "\\`"
            case UInt8(ascii: "*"): "\\*"
            case UInt8(ascii: "_"): "\\_"
            case UInt8(ascii: "["): "\\["
            case UInt8(ascii: "]"): "\\]"
            case UInt8(ascii: "|"): "\\|"
            case UInt8(ascii: "#"): "\\#"
            case UInt8(ascii: "!"): "\\!"
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): "<br>"
            default: nil
            }
        }
    }

    /// `text` through one of the append functions; returned as it is when nothing changes.
    private static func escaped(_ text: String, _ append: (String, inout [UInt8]) -> Void) -> String {
        var out: [UInt8] = []
        append(text, &out)
        return out.elementsEqual(text.utf8) ? text : String(decoding: out, as: UTF8.self)
    }

    /// One pass over the UTF-8 bytes, copying runs that need nothing replaced whole. Only ASCII
    /// bytes are ever replaced, so multi-byte characters pass unchanged. With
    /// `carriageReturnIsLineBreak`, a `\r\n` pair is replaced once, as its `\r`.
    private static func append(_ text: String, to out: inout [UInt8], carriageReturnIsLineBreak: Bool = false,
                               _ replacement: (UInt8) -> StaticString?) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80, let r = replacement(byte) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                    r.withUTF8Buffer { out.append(contentsOf: $0) }
                    if carriageReturnIsLineBreak, byte == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
                        index += 1
                    }
                    start = index + 1
                }
                index += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }
}
