internal import CYAML

/// A pull reader over libyaml's event stream, for callers that decode one known shape
/// straight from events without building a `Node` tree (the fast path of batch scoring).
///
/// It reports what a caller needs to decide whether it can handle the input itself: anchors,
/// aliases and tags are flagged, so that a caller can fall back to `Parser` for anything
/// unusual and get the full checks and messages there.
package final class EventReader {
    /// One parse event. Marks are 1-based.
    package enum Event: Equatable {
        case streamStart, streamEnd
        case documentStart(Mark), documentEnd
        /// A scalar; `special` is true when it has an anchor or a tag.
        case scalar(Node.Scalar, special: Bool)
        case sequenceStart(Mark, special: Bool), sequenceEnd
        case mappingStart(Mark, special: Bool), mappingEnd
        case alias(Mark)
    }

    // The parser and the held event live behind pointers, not in stored `var`s: every access to
    // a class's `var` costs a dynamic exclusivity check, which on the hot path of batch scoring
    // cost more than a tenth of the time.
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    /// Memory this reader allocated for its input and frees (a copy of the bytes, or one byte
    /// for an empty input lent to it); nil when it reads non-empty bytes lent to it.
    private let input: UnsafeMutableBufferPointer<UInt8>?
    /// The event `nextRaw()` last returned, whose text its caller may still be reading; zeroed
    /// (no event) when there is none, which `yaml_event_delete` leaves alone.
    private let held: UnsafeMutablePointer<yaml_event_t>

    /// Starts reading `bytes`, which must already be known to be valid UTF-8.
    package init(_ bytes: [UInt8]) {
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, bytes.count))
        _ = copy.initialize(from: bytes)
        input = copy
        (parser, held) = Self.start(UnsafePointer(copy.baseAddress), count: bytes.count)
    }

    /// Starts reading `bytes` in place, without a copy: they must be valid UTF-8 and stay
    /// valid and unchanged for as long as the reader is used (the scope that lent them).
    package init(borrowing bytes: UnsafeBufferPointer<UInt8>) {
        // libyaml needs an address even for no bytes: an empty input gets one of its own.
        input = bytes.baseAddress == nil ? .allocate(capacity: 1) : nil
        (parser, held) = Self.start(bytes.baseAddress ?? UnsafePointer(input?.baseAddress), count: bytes.count)
    }

    private static func start(_ bytes: UnsafePointer<UInt8>?, count: Int) -> (UnsafeMutablePointer<yaml_parser_t>, UnsafeMutablePointer<yaml_event_t>) {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        let held = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        held.initialize(to: yaml_event_t())
        // When libyaml cannot start, the first `next()` reports it as a syntax error.
        _ = startParser(&parser.pointee, input: bytes, count: count)
        return (parser, held)
    }

    deinit {
        yaml_event_delete(held)
        yaml_parser_delete(parser)
        held.deallocate()
        parser.deallocate()
        input?.deallocate()
    }

    /// The next event, or a syntax error with its position.
    package func next() throws(YAMLError) -> Event {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw YAMLError(stoppedParser: parser.pointee) }
        defer { yaml_event_delete(&event) }
        let mark = Mark(event.start_mark)
        switch event.type {
        case YAML_STREAM_START_EVENT: return .streamStart
        case YAML_STREAM_END_EVENT: return .streamEnd
        case YAML_DOCUMENT_START_EVENT: return .documentStart(mark)
        case YAML_DOCUMENT_END_EVENT: return .documentEnd
        case YAML_ALIAS_EVENT: return .alias(mark)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            return .sequenceStart(mark, special: data.anchor != nil || data.tag != nil)
        case YAML_SEQUENCE_END_EVENT: return .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            return .mappingStart(mark, special: data.anchor != nil || data.tag != nil)
        case YAML_MAPPING_END_EVENT: return .mappingEnd
        default:
            let data = event.data.scalar
            let value = String(libyaml: data.value, count: Int(data.length))
            return .scalar(Node.Scalar(value, style: Node.Scalar.Style(data.style), mark: mark), special: data.anchor != nil || data.tag != nil)
        }
    }
}

extension EventReader {
    /// The next event without copying its text: its bytes stay valid until the next call.
    /// For readers that match keys and values on bytes and copy only what they keep.
    package func nextRaw() throws(YAMLError) -> RawEvent {
        yaml_event_delete(held)
        guard yaml_parser_parse(parser, held) == 1 else { throw YAMLError(stoppedParser: parser.pointee) }
        let held = self.held.pointee
        var raw = RawEvent(kind: .streamStart, mark: Mark(held.start_mark), bytes: UnsafeBufferPointer(start: nil, count: 0), isPlain: false, isSpecial: false)
        switch held.type {
        case YAML_STREAM_START_EVENT: raw.kind = .streamStart
        case YAML_STREAM_END_EVENT: raw.kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT: raw.kind = .documentStart
        case YAML_DOCUMENT_END_EVENT: raw.kind = .documentEnd
        case YAML_ALIAS_EVENT: raw.kind = .alias
        case YAML_SEQUENCE_START_EVENT:
            raw.kind = .sequenceStart
            raw.isSpecial = held.data.sequence_start.anchor != nil || held.data.sequence_start.tag != nil
        case YAML_SEQUENCE_END_EVENT: raw.kind = .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            raw.kind = .mappingStart
            raw.isSpecial = held.data.mapping_start.anchor != nil || held.data.mapping_start.tag != nil
        case YAML_MAPPING_END_EVENT: raw.kind = .mappingEnd
        default:
            let data = held.data.scalar
            raw.kind = .scalar
            raw.bytes = UnsafeBufferPointer(start: data.value, count: Int(data.length))
            raw.isPlain = data.style == YAML_PLAIN_SCALAR_STYLE || data.style == YAML_ANY_SCALAR_STYLE
            raw.isSpecial = data.anchor != nil || data.tag != nil
        }
        return raw
    }
}

extension Parser {
    /// Whether `bytes` are valid UTF-8 (a fast check, for callers of `EventReader`).
    package static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { firstInvalidUTF8Offset($0) == nil }
    }
}
