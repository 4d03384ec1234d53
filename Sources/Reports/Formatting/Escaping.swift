import Foundation

/// Text from input files made inert for a document format. Every renderer and template escapes
/// through here, so a fix lands once. Control characters are removed first (see
/// `stripControls`).
public enum Escaping {
    /// Text for HTML: `& < > " '` as entities.
    public static func html(_ text: String) -> String {
        escape(stripControls(text)) { byte in
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

    /// Text for Markdown that reads as plain text: `& < >` as entities (no raw HTML), Markdown
    /// punctuation backslash-escaped (no links, images, emphasis, code or headings), `|`
    /// escaped (it would end a table cell) and line breaks as `<br>` (they would end a table
    /// row or paragraph).
    public static func markdown(_ text: String) -> String {
        var text = stripControls(text)
        if text.utf8.contains(UInt8(ascii: "\r")) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return escape(text) { byte in
            switch byte {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
                 UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "|"), UInt8(ascii: "#"), UInt8(ascii: "!"):
                "\\" + String(UnicodeScalar(byte))
            case UInt8(ascii: "\n"): "<br>"
            default: nil
            }
        }
    }

    /// One pass over the UTF-8 bytes into one buffer; text with nothing to replace is returned
    /// as it is. Only ASCII bytes are ever replaced, so multi-byte characters pass unchanged.
    private static func escape(_ text: String, _ replacement: (UInt8) -> String?) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: { $0 < 0x80 && replacement($0) != nil }) else {
                return String(decoding: bytes, as: UTF8.self)
            }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 8 + 16)
            out.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                if byte < 0x80, let r = replacement(byte) {
                    out.append(contentsOf: r.utf8)
                } else {
                    out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
