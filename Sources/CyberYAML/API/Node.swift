/// A YAML node after parsing: a scalar, a sequence or a mapping, each with the place it starts.
///
/// Aliases are resolved by the parser, so a node tree never contains an alias.
public enum Node: Sendable, Equatable {
    case scalar(Scalar)
    case sequence(Sequence)
    case mapping(Mapping)

    /// Where the node starts in its file.
    public var mark: Mark {
        switch self {
        case .scalar(let s): s.mark
        case .sequence(let s): s.mark
        case .mapping(let m): m.mark
        }
    }

    /// A short description of the node's kind for error messages ("a mapping", "\"high\"").
    public var found: String {
        switch self {
        case .scalar(let s): s.isNull ? "nothing (null)" : "\"\(s.value.prefix(60))\""
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }

    public var scalar: Scalar? { if case .scalar(let s) = self { s } else { nil } }
    public var sequence: Sequence? { if case .sequence(let s) = self { s } else { nil } }
    public var mapping: Mapping? { if case .mapping(let m) = self { m } else { nil } }

    /// A plain scalar node, for building documents to emit.
    public init(_ string: String, style: Scalar.Style = .any) {
        self = .scalar(Scalar(string, style: style))
    }
}
