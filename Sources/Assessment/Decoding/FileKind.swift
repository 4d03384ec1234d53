import CyberYAML

/// The three kinds of YAML file cyberassess reads, told apart by their top-level keys.
package enum FileKind: String, Sendable {
    case questionnaire, catalogue, answers

    /// The kind of a parsed document, or nil when it is none of them.
    package static func detect(_ node: Node) -> FileKind? {
        guard case .mapping(let m) = node else { return nil }
        if m["domains"] != nil { return .questionnaire }
        if m["framework"] != nil, m["items"] != nil { return .catalogue }
        if m["body"] != nil || m["answers"] != nil { return .answers }
        return nil
    }

    package var noun: String {
        switch self {
        case .questionnaire: "a questionnaire (a mapping with 'domains')"
        case .catalogue: "a framework catalogue (a mapping with 'framework' and 'items')"
        case .answers: "an answers file (a mapping with 'body' and 'answers')"
        }
    }
}
