internal import CYAML

/// Writes a `Node` tree as YAML through libyaml's emitter.
///
/// libyaml cannot write comments, so comments attached to mapping pairs (and a header) are the
/// one thing added afterwards: the emitted text is parsed again to find each key's line, and
/// the comment lines are inserted above it at the key's indentation.
public enum Emitter {
    /// Emits `node` as a single YAML document, with an optional header comment.
    public static func emit(_ node: Node, header: String? = nil) throws(YAMLError) -> String {
        var text = try emitWithoutComments(node)
        var insertions: [(line: Int, column: Int, comment: String)] = []
        if node.hasComments {
            let reparsed = try Parser.parse(text, limits: LoaderLimits(maxBytes: .max, maxDepth: .max, maxNodes: .max, maxAliases: 0))
            collectComments(node, reparsed, into: &insertions)
        }
        if !insertions.isEmpty {
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for insertion in insertions.sorted(by: { $0.line > $1.line }) {
                let indent = String(repeating: " ", count: max(0, insertion.column - 1))
                let commentLines = commentText(insertion.comment).map { indent + $0 }
                lines.insert(contentsOf: commentLines, at: insertion.line - 1)
            }
            text = lines.joined(separator: "\n")
        }
        if let header {
            text = commentText(header).joined(separator: "\n") + "\n" + text
        }
        return text
    }

    /// The lines of a comment, each starting `#`. Control characters in it (which may come
    /// from input text, such as a body's name or a question's text) are written as `\u{XX}`:
    /// a carriage return or other YAML line break would end the comment and let the rest be
    /// read as content, and an escape sequence would act on the terminal of whoever prints
    /// the file.
    private static func commentText(_ comment: String) -> [String] {
        comment.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "#" : "# " + visibleControls($0) }
    }

    /// `line` with C0 and C1 controls (but tabs), DEL, the Unicode line and paragraph
    /// separators and bidirectional overrides written as `\u{XX}`.
    private static func visibleControls(_ line: Substring) -> String {
        // C1 controls start with 0xC2 and the separators and marks with 0xE2 in UTF-8: a line
        // without those lead bytes, C0 controls or DEL is written as it is.
        guard line.utf8.contains(where: { $0 < 0x20 && $0 != 0x09 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else { return String(line) }
        var out = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            switch scalar.value {
            case 0x09: out.append(scalar)
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    private static func collectComments(_ original: Node, _ emitted: Node, into out: inout [(line: Int, column: Int, comment: String)]) {
        switch (original, emitted) {
        case (.mapping(let a), .mapping(let b)) where a.pairs.count == b.pairs.count:
            for (pa, pb) in zip(a.pairs, b.pairs) {
                if let comment = pa.comment { out.append((pb.key.mark.line, pb.key.mark.column, comment)) }
                collectComments(pa.value, pb.value, into: &out)
            }
        case (.sequence(let a), .sequence(let b)) where a.items.count == b.items.count:
            for (ia, ib) in zip(a.items, b.items) { collectComments(ia, ib, into: &out) }
        default:
            break
        }
    }

    /// Emits through libyaml only; comments are dropped.
    static func emitWithoutComments(_ node: Node) throws(YAMLError) -> String {
        let sink = OutputSink()
        var emitter = yaml_emitter_t()
        guard yaml_emitter_initialize(&emitter) == 1 else { throw .emitter("libyaml could not start its emitter") }
        defer { yaml_emitter_delete(&emitter) }
        yaml_emitter_set_unicode(&emitter, 1)
        yaml_emitter_set_width(&emitter, 100)
        yaml_emitter_set_indent(&emitter, 2)
        let context = Unmanaged.passUnretained(sink).toOpaque()
        yaml_emitter_set_output(&emitter, { data, buffer, size in
            guard let data, let buffer else { return 0 }
            let sink = Unmanaged<OutputSink>.fromOpaque(data).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
            return 1
        }, context)

        var writer = EventWriter(emitter: emitter)
        defer { emitter = writer.emitter }
        try writer.emit { e in yaml_stream_start_event_initialize(&e, YAML_UTF8_ENCODING) }
        try writer.emit { e in yaml_document_start_event_initialize(&e, nil, nil, nil, 1) }
        try writer.node(node)
        try writer.emit { e in yaml_document_end_event_initialize(&e, 1) }
        try writer.emit { e in yaml_stream_end_event_initialize(&e) }
        try writer.flush()
        return String(decoding: sink.bytes, as: UTF8.self)
    }
}

private final class OutputSink {
    var bytes: [UInt8] = []
}

private struct EventWriter {
    var emitter: yaml_emitter_t

    mutating func emit(_ initialize: (inout yaml_event_t) -> Int32) throws(YAMLError) {
        var event = yaml_event_t()
        guard initialize(&event) == 1 else { throw .emitter("could not build an event") }
        guard yaml_emitter_emit(&emitter, &event) == 1 else {
            throw .emitter(emitter.problem.map { String(cString: $0) } ?? "unknown problem")
        }
    }

    mutating func flush() throws(YAMLError) {
        guard yaml_emitter_flush(&emitter) == 1 else { throw .emitter("could not flush output") }
    }

    mutating func node(_ node: Node) throws(YAMLError) {
        switch node {
        case .scalar(let scalar):
            try self.scalar(scalar)
        case .sequence(let sequence):
            let style = sequence.flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE
            try emit { e in yaml_sequence_start_event_initialize(&e, nil, nil, 1, style) }
            for item in sequence.items { try self.node(item) }
            try emit { e in yaml_sequence_end_event_initialize(&e) }
        case .mapping(let mapping):
            let style = mapping.flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE
            try emit { e in yaml_mapping_start_event_initialize(&e, nil, nil, 1, style) }
            for pair in mapping.pairs {
                try scalar(pair.key)
                try self.node(pair.value)
            }
            try emit { e in yaml_mapping_end_event_initialize(&e) }
        }
    }

    mutating func scalar(_ scalar: Node.Scalar) throws(YAMLError) {
        // Unquoted text that would read back as a number, boolean or null is quoted.
        let written = scalar.style == .any && Self.readsAsNonString(scalar.value) ? .singleQuoted : scalar.style
        let style = written.libyamlStyle
        // A trailing NUL keeps the buffer non-empty, so an empty string still has a pointer.
        var bytes = Array(scalar.value.utf8) + [0]
        let count = Int32(bytes.count - 1)
        try bytes.withUnsafeMutableBufferPointer { buffer throws(YAMLError) in
            let pointer = buffer.baseAddress!
            try emit { e in yaml_scalar_event_initialize(&e, nil, nil, pointer, count, 1, 1, style) }
        }
    }

    /// Text that another YAML reader would take for a number, boolean or null is quoted.
    static func readsAsNonString(_ value: String) -> Bool {
        if value.isEmpty { return true }
        switch value.lowercased() {
        case "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n", ".inf", "-.inf", ".nan": return true
        default: break
        }
        return Double(value) != nil || Int(value) != nil
    }
}

extension Node {
    var hasComments: Bool {
        switch self {
        case .scalar: false
        case .sequence(let s): s.items.contains { $0.hasComments }
        case .mapping(let m): m.pairs.contains { $0.comment != nil || $0.value.hasComments }
        }
    }
}
