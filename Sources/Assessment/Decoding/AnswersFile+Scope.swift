import CyberYAML

extension AnswersFile {
    /// The top-level keys of the assessment cycle: a system's scope, the body's register of
    /// critical systems, and the review header. Read beside `CodingKeys`.
    package enum ScopeKeys: String, CodingKey, CaseIterable { case system, systems, review }

    /// Whether the file is the organisation's own (no `system`).
    package var isOrganisation: Bool { system == nil }

    /// Reads `system`, `systems` and `review` from the answers file being decoded.
    package mutating func decodeScopeKeys(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: ScopeKeys.self)
        system = try c.decodeIfPresent(String.self, forKey: .system)
        systems = try c.decodeIfPresent([CriticalSystem].self, forKey: .systems) ?? []
        review = try c.decodeIfPresent(ReviewHeader.self, forKey: .review)
    }

    /// Writes `system`, `systems` and `review` into an answers file's root mapping.
    package func appendScopeKeys(to root: inout Node.Mapping) {
        if let system { root.append(ScopeKeys.system.stringValue, Node(system)) }
        if !systems.isEmpty {
            root.append(ScopeKeys.systems.stringValue, .sequence(Node.Sequence(systems.map(\.node))))
        }
        if let review {
            var m = Node.Mapping()
            m.append(ReviewHeader.CodingKeys.of.stringValue, Node(review.of))
            m.append(ReviewHeader.CodingKeys.sha256.stringValue, Node(review.sha256))
            m.append(ReviewHeader.CodingKeys.reviewer.stringValue, Node(review.reviewer))
            m.append(ReviewHeader.CodingKeys.organisation.stringValue, Node(review.organisation))
            root.append(ScopeKeys.review.stringValue, .mapping(m))
        }
    }
}

extension CriticalSystem {
    /// The register entry as a node.
    package var node: Node {
        var m = Node.Mapping()
        m.append(CodingKeys.id.stringValue, Node(id))
        m.append(CodingKeys.name.stringValue, Node(name))
        if !services.isEmpty {
            m.append(CodingKeys.services.stringValue, .sequence(Node.Sequence(services.map { Node($0) }, flow: true)))
        }
        if let owner { m.append(CodingKeys.owner.stringValue, Node(owner)) }
        return .mapping(m)
    }
}
