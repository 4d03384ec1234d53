import Assessment

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
            guard let base = bytes.baseAddress else { return true }
            let start = out.count
            let count = bytes.count
            let plain = Self.plainBelow0x40
            var run = 0
            var index = 0
            while index < count {
                // Plain text a word at a time: a word that may hold a byte the switch below
                // acts on (a control, `" # & '`, `< = > ?`, DEL or a non-ASCII byte) is looked
                // at byte by byte.
                if index + 8 <= count, !Self.mayNeedWork(ByteWords.load(base + index)) {
                    index += 8
                    continue
                }
                let byte = base[index]
                // Most bytes are copied as they are: one test for them.
                if byte < 0x40 ? (plain >> byte) & 1 == 1 : byte != 0x7F && byte != 0xC2 && byte != 0xE2 {
                    index += 1
                    continue
                }
                switch byte {
                case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"):
                    out.append(contentsOf: UnsafeBufferPointer(start: base + run, count: index - run))
                    entity(for: byte).withUTF8Buffer { out.append(contentsOf: $0) }
                    run = index + 1
                case 0xC2 where index + 1 == count || !(0x80...0x9F).contains(base[index + 1]):
                    break  // a character from U+00A0 to U+00BF
                case 0xE2 where index + 2 >= count || !isBidirectionalControl(base[index + 1], base[index + 2]):
                    break  // a character from U+2000 to U+2FFF other than the bidirectional controls
                default:
                    // A C0 control other than tab and line breaks, DEL, a C1 control (U+0080 to
                    // U+009F) or a bidirectional control: stripControls has work to do.
                    out.removeSubrange(start...)
                    return false
                }
                index += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(start: base + run, count: count - run))
            return true
        }
        return done ?? false
    }

    /// Whether `word` may hold a byte that is not copied as it is (see `ByteWords`).
    @inline(__always)
    private static func mayNeedWork(_ word: UInt64) -> Bool {
        ByteWords.hasNonASCII(word) || ByteWords.hasByte(word, below: 0x20)
            || ByteWords.hasByte(word, equalTo: 0x27, ignoring: 0x05)  // 0x22 0x23 0x26 0x27
            || ByteWords.hasByte(word, equalTo: 0x3F, ignoring: 0x03)  // 0x3C to 0x3F
            || ByteWords.hasByte(word, equalTo: 0x7F)
    }

    /// Bit `b` is set for each byte `b` below 0x40 that HTML text takes as it is: tab, the line
    /// breaks, and the printable characters other than `" & ' < >`.
    private static let plainBelow0x40: UInt64 = {
        var mask: UInt64 = 1 << 0x09 | 1 << 0x0A | 1 << 0x0D
        for byte in 0x20..<0x40 where ![0x22, 0x26, 0x27, 0x3C, 0x3E].contains(byte) { mask |= 1 << UInt64(byte) }
        return mask
    }()

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
