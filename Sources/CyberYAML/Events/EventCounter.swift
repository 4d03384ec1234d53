internal import CYAML

/// Runs libyaml's parser over a buffer and counts its events, building nothing.
///
/// This is the floor any libyaml-based reader pays for a document; the throughput benchmark
/// compares batch scoring against it.
package enum EventCounter {
    /// The number of parse events in `bytes` (stream, document, scalar, collection and alias
    /// events), or nil when the YAML does not parse.
    package static func count(_ bytes: UnsafeRawBufferPointer) -> Int? {
        if let base = bytes.baseAddress {
            return count(base.assumingMemoryBound(to: UInt8.self), bytes.count)
        }
        // libyaml needs a pointer even for no input.
        var empty: UInt8 = 0
        return count(&empty, 0)
    }

    /// The number of parse events in `bytes`, or nil when the YAML does not parse.
    package static func count(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBytes { count($0) }
    }

    private static func count(_ input: UnsafePointer<UInt8>, _ size: Int) -> Int? {
        var parser = yaml_parser_t()
        guard startParser(&parser, input: input, count: size) else { return nil }
        defer { yaml_parser_delete(&parser) }
        var event = yaml_event_t()
        var events = 0
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
            let type = event.type
            yaml_event_delete(&event)
            events += 1
            if type == YAML_STREAM_END_EVENT { return events }
        }
    }
}
