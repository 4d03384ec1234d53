#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif

/// One parse event as libyaml produced it, without copying its text: what a reader that matches
/// keys and values on bytes needs (`EventReader.nextRaw()`).
///
/// `bytes` point into libyaml's own event and stay valid only until the reader's next call;
/// copy what must outlive it (`text`).
package struct RawEvent {
    /// The kind of event.
    package enum Kind: UInt8 {
        case streamStart, streamEnd, documentStart, documentEnd
        case scalar, sequenceStart, sequenceEnd, mappingStart, mappingEnd, alias
    }

    package var kind: Kind
    /// Where the event starts (1-based).
    package var mark: Mark
    /// A scalar's UTF-8 bytes; empty for other events.
    package var bytes: UnsafeBufferPointer<UInt8>
    /// Whether a scalar is plain (unquoted), as null can only be written plain.
    package var isPlain: Bool
    /// Whether the node carries an anchor or a tag.
    package var isSpecial: Bool

    /// A scalar's text, copied.
    package var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Whether a scalar is YAML's null: plain `~`, `null`, `Null`, `NULL` or nothing (the rule
    /// of `Node.Scalar.isNull` for a scalar without a tag).
    package var isNull: Bool {
        guard kind == .scalar, isPlain else { return false }
        switch bytes.count {
        case 0: return true
        case 1: return bytes[0] == UInt8(ascii: "~")
        case 4: return equals("null") || equals("Null") || equals("NULL")
        default: return false
        }
    }

    /// Whether a scalar's bytes are exactly `literal`'s.
    package func equals(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard bytes.count == count else { return false }
        guard count > 0, let base = bytes.baseAddress else { return true }
        return memcmp(base, literal.utf8Start, count) == 0
    }
}
