/// Writes canonical JSON straight into bytes, the same bytes `CanonicalJSON.encode` gives
/// through `JSONEncoder` (two-space indentation, `"key" : value`, an empty container written
/// over two lines, slashes and non-ASCII text as they are, numbers as Swift prints them without
/// a trailing `.0`), without the encoder's containers and boxing. The caller writes each
/// object's keys in sorted order (byte order of their UTF-8, as the encoder sorts them).
package struct CanonicalJSONWriter: ~Copyable {
    /// A number JSON cannot hold (infinite or not a number); the caller falls back to the
    /// encoder, which names where it is.
    package struct NonFinite: Error {}

    private var bytes: ByteBuffer
    private var depth = 0
    /// Whether the innermost open container has no member yet.
    private var empty = true

    /// A writer into memory of its own, `capacity` bytes to start with.
    package init(capacity: Int) {
        bytes = ByteBuffer(capacity: capacity)
    }

    /// A writer into `storage` while it lasts (see `ByteBuffer.init(writingInto:)`).
    package init(writingInto storage: UnsafeMutableBufferPointer<UInt8>) {
        bytes = ByteBuffer(writingInto: storage)
    }

    /// Bytes written so far.
    package var count: Int { bytes.count }

    /// Whether every byte so far is in the storage given to `init(writingInto:)`.
    package var isInLentStorage: Bool { bytes.isInLentStorage }

    // MARK: Containers

    /// Starts an object (`{`) where a value goes.
    package mutating func openObject() { open(UInt8(ascii: "{")) }
    /// Ends the innermost object.
    package mutating func closeObject() { close(UInt8(ascii: "}")) }
    /// Starts an array (`[`) where a value goes.
    package mutating func openArray() { open(UInt8(ascii: "[")) }
    /// Ends the innermost array.
    package mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// Starts the next member of the innermost object: its key, then the value is written.
    package mutating func key(_ name: StaticString) {
        newMember()
        key(bare: name)
    }

    /// `"name" : ` where the member's line is already started.
    private mutating func key(bare name: StaticString) {
        bytes.append(UInt8(ascii: "\""))
        bytes.append(name)
        bytes.append("\" : ")
    }

    /// Starts the next member of the innermost object with a key that may need escaping.
    package mutating func key(_ name: String) {
        newMember()
        appendQuoted(name)
        bytes.append(" : ")
    }

    /// Starts the next element of the innermost array.
    package mutating func element() { newMember() }

    /// A string member whose value is filled in later (`fill`), written for now as `length`
    /// zeros. The value must need no escaping.
    package mutating func reservedString(_ name: StaticString, length: Int) -> Reservation {
        if !empty {
            bytes.append(UInt8(ascii: ","))
            bytes.append(0x0A)
        }
        empty = false
        let line = bytes.count
        indent()
        key(bare: name)
        bytes.append(UInt8(ascii: "\""))
        let value = bytes.count
        bytes.append(repeating: UInt8(ascii: "0"), count: length)
        bytes.append(UInt8(ascii: "\""))
        return Reservation(line: line, value: value..<value + length, end: bytes.count)
    }

    /// Where a reserved member is: its line (from the indentation to the closing quote) and
    /// its value.
    package struct Reservation {
        /// Where the member's line starts (its indentation).
        package var line: Int
        /// The value's bytes, inside the quotes.
        package var value: Range<Int>
        /// Just after the closing quote.
        package var end: Int
    }

    /// Writes `text` (exactly as long as reserved, needing no escaping) into `reservation`.
    package mutating func fill(_ reservation: Reservation, with text: String) {
        precondition(text.utf8.count == reservation.value.count, "the text does not fill the reservation")
        bytes.overwrite(at: reservation.value.lowerBound, with: text.utf8)
    }

    /// The bytes written so far without the reserved member's line, as two parts, or nil when
    /// another member does not follow it (then its line cannot be cut out without also
    /// cutting the comma before it). Each part is only valid inside `body`.
    package func withBytes<R>(without reservation: Reservation, _ body: ([UnsafeRawBufferPointer]) -> R) -> R? {
        bytes.withBytes { all -> R? in
            // `…,\n  "reserved" : "…",\n  "next"…` without the reserved line is `…,\n  "next"…`.
            guard reservation.end + 2 <= all.count, all[reservation.end] == UInt8(ascii: ","), all[reservation.end + 1] == 0x0A else { return nil }
            return body([UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: all[..<reservation.line])), UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: all[(reservation.end + 2)...]))])
        }
    }

    // MARK: Values

    package mutating func string(_ text: String) { appendQuoted(text) }

    /// The string `first` + `separator` + `second`, without building it first.
    package mutating func string(_ first: String, _ separator: UInt8, _ second: String) {
        bytes.append(UInt8(ascii: "\""))
        appendEscaped(first)
        appendEscape(ifNeeded: separator)
        appendEscaped(second)
        bytes.append(UInt8(ascii: "\""))
    }

    package mutating func int(_ value: Int) {
        if value >= 0, value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
        } else {
            appendDigits(value)
        }
    }

    package mutating func bool(_ value: Bool) {
        bytes.append(value ? "true" : "false")
    }

    /// A number as `JSONEncoder` writes it: Swift's shortest round-trip text, without `.0`.
    package mutating func double(_ value: Double) throws(NonFinite) {
        guard value.isFinite else { throw NonFinite() }
        // Whole numbers below 10^15 print as their digits (Swift's text is "N.0").
        if value == value.rounded(.towardZero), abs(value) < 1e15, !(value == 0 && value.sign == .minus) {
            int(Int(value))
            return
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        appendRaw(text)
    }

    /// Appends the final newline.
    package mutating func end() { bytes.append(0x0A) }

    /// The bytes written, as an array (one copy).
    package consuming func copiedBytes() -> [UInt8] { bytes.finish() }

    // MARK: Layout

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        bytes.append(0x0A)
        depth += 1
        empty = true
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(0x0A)
        depth -= 1
        indent()
        bytes.append(bracket)
        // The container just closed is a member of its parent, which is therefore not empty.
        empty = false
    }

    private mutating func newMember() {
        if !empty {
            bytes.append(UInt8(ascii: ","))
            bytes.append(0x0A)
        }
        empty = false
        indent()
    }

    private mutating func indent() {
        bytes.append(repeating: 0x20, count: 2 * depth)
    }

    /// A whole number's decimal digits (and sign).
    private mutating func appendDigits(_ value: Int) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: 20 digits and a sign fit
        withUnsafeMutableBytes(of: &digits) { raw in
            var magnitude = value.magnitude
            var end = raw.count
            repeat {
                end -= 1
                raw[end] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                end -= 1
                raw[end] = UInt8(ascii: "-")
            }
            bytes.append(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[end...]))
        }
    }

    /// Text that needs no escaping (a number's digits), as it is.
    private mutating func appendRaw(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append($0) }
    }

    /// `text` in quotes, escaped as the encoder escapes it: `"` and `\`, the control characters
    /// with a short escape (`\b \f \n \r \t`), the others as `\u00XX`; nothing else.
    private mutating func appendQuoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        appendEscaped(text)
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscaped(_ text: String) {
        // A native string lends its UTF-8 without a copy; a bridged one is copied first.
        var text = text
        text.withUTF8 { appendEscaped($0) }
    }

    private mutating func appendEscape(ifNeeded byte: UInt8) {
        if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            appendEscape(byte)
        } else {
            bytes.append(byte)
        }
    }

    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress else { return }
        var start = 0
        var i = 0
        while i < utf8.count {
            // Eight bytes at a time while none is a control, a quote or a backslash.
            if i + 8 <= utf8.count {
                let word = ByteWords.load(base + i)
                if !ByteWords.hasByte(word, below: 0x20), !ByteWords.hasByte(word, equalTo: UInt8(ascii: "\"")), !ByteWords.hasByte(word, equalTo: UInt8(ascii: "\\")) {
                    i += 8
                    continue
                }
            }
            let byte = base[i]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(UnsafeBufferPointer(start: base + start, count: i - start))
                appendEscape(byte)
                start = i + 1
            }
            i += 1
        }
        bytes.append(UnsafeBufferPointer(start: base + start, count: utf8.count - start))
    }

    private mutating func appendEscape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            let hex: StaticString = "0123456789abcdef"
            bytes.append("u00")
            bytes.append(hex.utf8Start[Int(byte >> 4)])
            bytes.append(hex.utf8Start[Int(byte & 0xF)])
        }
    }
}
