/// The common case of HTML escaping in one pass: text that holds nothing `stripControls`
/// removes is escaped straight from its UTF-8 bytes into the document, without first building
/// a stripped copy or scanning it twice. `appendHTML` falls back to the general path (strip,
/// then escape) for anything else, so both give the same bytes.
extension Escaping {
    /// Appends `text` escaped for HTML to `out` and returns true, or leaves `out` as it was and
    /// returns false when `text` holds a character that `stripControls` would remove (a C0
    /// control other than tab and line breaks, DEL, a C1 control, a bidirectional override or
    /// isolate) or its bytes are not contiguous.
    static func appendPlainHTML(_ text: String, to out: inout [UInt8]) -> Bool {
        let done = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            let start = out.count
            out.reserveCapacity(start + bytes.count + 16)
            var run = 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"):
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                    entity(for: byte).withUTF8Buffer { out.append(contentsOf: $0) }
                    run = index + 1
                case 0x09, 0x0A, 0x0D:
                    break
                case 0x00...0x1F, 0x7F:
                    out.removeSubrange(start...)
                    return false
                case 0xC2 where index + 1 < count && (0x80...0x9F).contains(bytes[index + 1]):
                    // U+0080...U+009F, the C1 controls.
                    out.removeSubrange(start...)
                    return false
                case 0xE2 where index + 2 < count && isBidirectionalControl(bytes[index + 1], bytes[index + 2]):
                    out.removeSubrange(start...)
                    return false
                default:
                    break
                }
                index += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
            return true
        }
        return done ?? false
    }

    /// The entity of one of the five characters HTML escapes.
    private static func entity(for byte: UInt8) -> StaticString {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        default: "&#39;"
        }
    }

    /// Whether `0xE2 second third` encodes U+202A...U+202E or U+2066...U+2069.
    private static func isBidirectionalControl(_ second: UInt8, _ third: UInt8) -> Bool {
        (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third))
    }
}
