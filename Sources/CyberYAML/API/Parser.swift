internal import CYAML

/// Parses YAML text with the system libyaml into a `Node` tree, enforcing `LoaderLimits`.
///
/// Only this module touches libyaml; `LibYAML.swift` turns its values into Swift ones.
public enum Parser {
    /// Parses one YAML document. Throws `YAMLError` with the position of the first problem.
    public static func parse(_ bytes: [UInt8], limits: LoaderLimits = .default) throws(YAMLError) -> Node {
        guard bytes.count <= limits.maxBytes else {
            throw .tooLarge(bytes: bytes.count, limit: limits.maxBytes)
        }
        var result: Result<Node, YAMLError> = .failure(.emptyDocument)
        bytes.withUnsafeBufferPointer { buffer in
            if let bad = firstInvalidUTF8Offset(buffer) {
                result = .failure(.invalidUTF8(mark(ofOffset: bad, in: buffer), byte: buffer[bad]))
                return
            }
            // libyaml refuses these too, but at the start of the token; say exactly where.
            if let (offset, scalar) = firstControlCharacter(buffer) {
                result = .failure(.controlCharacter(mark(ofOffset: offset, in: buffer), scalar: scalar))
                return
            }
            var builder = TreeBuilder(limits: limits)
            result = Result { () throws(YAMLError) in try builder.run(buffer) }
        }
        return try result.get()
    }

    /// Parses a string (convenient for tests and small documents).
    public static func parse(_ text: String, limits: LoaderLimits = .default) throws(YAMLError) -> Node {
        try parse(Array(text.utf8), limits: limits)
    }
}

/// Turns libyaml's event stream into nodes with an explicit stack: no recursion, so deep
/// input cannot overflow the call stack, and the depth limit stops it early.
private struct TreeBuilder {
    /// An open sequence or mapping. A struct kept in an array, so that adding a child
    /// mutates it in place instead of copying its items.
    struct Frame {
        var isMapping: Bool
        var mark: Mark
        var flow: Bool
        var items: [Node] = []
        var pairs: [Node.Mapping.Pair] = []
        var pendingKey: Node.Scalar?
        var seen: [String: Mark] = [:]
        var anchor: String?
        var startCount: Int

        var node: Node {
            isMapping ? .mapping(Node.Mapping(pairs, mark: mark, flow: flow)) : .sequence(Node.Sequence(items, mark: mark, flow: flow))
        }
    }

    let limits: LoaderLimits
    var stack: [Frame] = []
    var anchors: [String: (node: Node, size: Int)] = [:]
    var nodeCount = 0
    var aliasCount = 0
    var documents = 0
    var root: Node?

    init(limits: LoaderLimits) { self.limits = limits }

    mutating func run(_ buffer: UnsafeBufferPointer<UInt8>) throws(YAMLError) -> Node {
        var parser = yaml_parser_t()
        guard startParser(&parser, input: buffer.baseAddress, count: buffer.count) else {
            throw .syntax(problem: "libyaml could not start", mark: Mark(line: 1, column: 1))
        }
        defer { yaml_parser_delete(&parser) }

        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { throw YAMLError(stoppedParser: parser) }
            defer { yaml_event_delete(&event) }
            let mark = Mark(event.start_mark)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                guard let root else { throw .emptyDocument }
                return root
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 { throw .multipleDocuments(mark) }
            case YAML_SCALAR_EVENT:
                let data = event.data.scalar
                let tag = try checkedTag(data.tag, mark: mark)
                let scalar = Node.Scalar(
                    String(libyaml: data.value, count: Int(data.length)),
                    style: Node.Scalar.Style(data.style),
                    tag: tag,
                    mark: mark
                )
                try count(1, mark: mark)
                let node = Node.scalar(scalar)
                if let anchor = data.anchor { anchors[string(anchor)] = (node, 1) }
                try add(node, mark: mark)
            case YAML_ALIAS_EVENT:
                let name = string(event.data.alias.anchor)
                aliasCount += 1
                guard aliasCount <= limits.maxAliases else { throw .tooManyAliases(limit: limits.maxAliases, mark) }
                guard let target = anchors[name] else { throw .undefinedAlias(name, mark) }
                try count(target.size, mark: mark)
                try add(target.node, mark: mark)
            case YAML_SEQUENCE_START_EVENT:
                let data = event.data.sequence_start
                _ = try checkedTag(data.tag, mark: mark)
                try push(mark: mark)
                stack.append(Frame(isMapping: false, mark: mark, flow: data.style == YAML_FLOW_SEQUENCE_STYLE,
                                   anchor: data.anchor.map { string($0) }, startCount: nodeCount))
            case YAML_MAPPING_START_EVENT:
                let data = event.data.mapping_start
                _ = try checkedTag(data.tag, mark: mark)
                try push(mark: mark)
                stack.append(Frame(isMapping: true, mark: mark, flow: data.style == YAML_FLOW_MAPPING_STYLE,
                                   anchor: data.anchor.map { string($0) }, startCount: nodeCount))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let frame = stack.removeLast()
                let node = frame.node
                if let anchor = frame.anchor { anchors[anchor] = (node, nodeCount - frame.startCount) }
                try add(node, mark: frame.mark)
            default:
                break
            }
        }
    }

    mutating func push(mark: Mark) throws(YAMLError) {
        try count(1, mark: mark)
        guard stack.count < limits.maxDepth else { throw .tooDeep(limit: limits.maxDepth, mark) }
    }

    mutating func count(_ n: Int, mark: Mark) throws(YAMLError) {
        nodeCount += n
        guard nodeCount <= limits.maxNodes else {
            throw aliasCount > 0 ? .aliasExpansion(limit: limits.maxNodes, mark) : .tooManyNodes(limit: limits.maxNodes, mark)
        }
    }

    mutating func add(_ node: Node, mark: Mark) throws(YAMLError) {
        let top = stack.count - 1
        guard top >= 0 else {
            root = node
            return
        }
        guard stack[top].isMapping else {
            stack[top].items.append(node)
            return
        }
        if let key = stack[top].pendingKey {
            stack[top].pairs.append(.init(key: key, value: node))
            stack[top].pendingKey = nil
        } else {
            guard case .scalar(let key) = node else { throw .complexKey(mark) }
            if let first = stack[top].seen.updateValue(key.mark, forKey: key.value) {
                throw .duplicateKey(key.value, key.mark, first: first)
            }
            stack[top].pendingKey = key
        }
    }

    func checkedTag(_ tag: UnsafeMutablePointer<yaml_char_t>?, mark: Mark) throws(YAMLError) -> String? {
        guard let tag else { return nil }
        let name = string(tag)
        if name == "!" || Self.standardTags.contains(name) { return name }
        throw .unknownTag(name, mark)
    }

    static let standardTags: Set<String> = [
        "str", "int", "float", "bool", "null", "map", "seq", "timestamp",
    ].reduce(into: []) { $0.insert("tag:yaml.org,2002:" + $1) }

    func string(_ pointer: UnsafeMutablePointer<yaml_char_t>) -> String {
        String(cString: pointer)
    }
}
