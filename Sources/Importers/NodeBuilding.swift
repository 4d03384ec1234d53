import CyberYAML

/// A mapping under construction that leaves out absent values, so documents are built in
/// the order they are written without `if let` around every key.
struct MappingBuilder {
    var mapping = Node.Mapping()

    init(flow: Bool = false) { mapping.flow = flow }

    /// Adds `key: value` when `value` is present.
    mutating func set(_ key: String, _ value: String?, style: Node.Scalar.Style = .any) {
        guard let value else { return }
        mapping.append(key, Node(value, style: style))
    }

    /// Adds `key: node` when `node` is present.
    mutating func set(_ key: String, _ node: Node?) {
        guard let node else { return }
        mapping.append(key, node)
    }

    /// Adds a number, written plain.
    mutating func set(_ key: String, number: Int) {
        mapping.append(key, Node(String(number), style: .plain))
    }

    /// Adds a list when it is not empty.
    mutating func set(_ key: String, list: [Node], flow: Bool = false) {
        guard !list.isEmpty else { return }
        mapping.append(key, .sequence(Node.Sequence(list, flow: flow)))
    }

    var node: Node { .mapping(mapping) }
}

extension Node {
    /// A block or flow list.
    static func list(_ items: [Node], flow: Bool = false) -> Node { .sequence(Node.Sequence(items, flow: flow)) }

    /// A plain scalar for a number or boolean.
    static func plain(_ text: String) -> Node { Node(text, style: .plain) }

    /// The scalar text of a node, when it is a non-null scalar.
    var text: String? {
        guard case .scalar(let s) = self, !s.isNull else { return nil }
        return s.value
    }
}
