import Assessment
import CyberYAML

extension CISOAssistantImporter {
    /// Every requirement node, with a unique key (its ref_id, else the end of its urn).
    static func readNodes(_ framework: Node.Mapping, reader: inout SourceReader) -> [Requirement] {
        guard let list = framework["requirement_nodes"] else {
            reader.error(framework.mark, "framework: missing 'requirement_nodes'")
            return []
        }
        guard case .sequence(let nodes) = list else {
            reader.error(list.mark, "framework.requirement_nodes: expected a list, found \(list.found)")
            return []
        }
        var requirements: [Requirement] = []
        var used: Set<String> = []
        for item in nodes.items {
            guard let m = reader.mapping(item, "requirement node", at: item.mark),
                  let urn = reader.text(m, "urn", "requirement node") else { continue }
            reader.ignoreOthers(in: m, known: nodeKeys, context: "requirement_nodes[]")
            var assessable = false
            if let value = m["assessable"] {
                switch value.text {
                case "true", "True": assessable = true
                case "false", "False": assessable = false
                default: reader.error(value.mark, "requirement \(urn): assessable: expected true or false, found \(value.found)")
                }
            }
            let refID = reader.optionalText(m, "ref_id", "requirement \(urn)")
            var key = safeID(refID ?? String(urn.split(separator: ":").last ?? Substring(urn)))
            if key.isEmpty { key = "node" }
            if used.contains(key) {
                var n = 2
                while used.contains("\(key)-\(n)") { n += 1 }
                reader.note(m.mark, "identifier \(key) is used by an earlier node; this one is imported as \(key)-\(n)")
                key = "\(key)-\(n)"
            }
            used.insert(key)
            requirements.append(Requirement(
                urn: urn, parent: reader.optionalText(m, "parent_urn", "requirement \(urn)"), parentMark: m["parent_urn"]?.mark,
                assessable: assessable, key: key,
                name: reader.optionalText(m, "name", "requirement \(urn)"),
                description: reader.optionalText(m, "description", "requirement \(urn)"),
                annotation: reader.optionalText(m, "annotation", "requirement \(urn)"),
                groups: texts(m["implementation_groups"], "requirement \(urn).implementation_groups", reader: &reader),
                evidence: reader.optionalText(m, "typical_evidence", "requirement \(urn)").map { text in
                    text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                } ?? [],
                questions: questions(m["questions"], reader: &reader),
                mark: m.mark))
        }
        var urns: Set<String> = []
        for r in requirements where !urns.insert(r.urn).inserted {
            reader.error(r.mark, "requirement urn \(r.urn) appears twice")
        }
        for r in requirements {
            if let parent = r.parent, !urns.contains(parent) {
                reader.error(r.parentMark, "requirement \(r.urn): parent_urn \(parent) is not the urn of any requirement node")
            }
        }
        return requirements
    }

    /// A list of scalars, as text.
    static func texts(_ node: Node?, _ context: String, reader: inout SourceReader) -> [String] {
        guard let node else { return [] }
        guard case .sequence(let s) = node else {
            if node.text == nil, case .scalar = node { return [] }
            reader.error(node.mark, "\(context): expected a list, found \(node.found)")
            return []
        }
        return s.items.compactMap { item in
            if let text = item.text { return text }
            reader.error(item.mark, "\(context): expected text, found \(item.found)")
            return nil
        }
    }

    /// Questions as lines of guidance: the question, then its choices.
    static func questions(_ node: Node?, reader: inout SourceReader) -> [String] {
        guard let node else { return [] }
        guard case .mapping(let m) = node else {
            reader.error(node.mark, "questions: expected a mapping of urn to question, found \(node.found)")
            return []
        }
        return m.pairs.compactMap { pair in
            guard let q = pair.value.mapping, let text = q["text"]?.text else {
                reader.error(pair.value.mark, "question \(pair.key.value): expected a mapping with 'text'")
                return nil
            }
            let choices = q["choices"]?.sequence?.items.compactMap { $0.mapping?["value"]?.text } ?? []
            return choices.isEmpty ? "Question: \(text)" : "Question: \(text) (\(choices.joined(separator: " / ")))"
        }
    }

    /// `implementation_groups_definition`: ref_id, name and description of each group.
    static func readGroupDefinitions(_ framework: Node.Mapping, reader: inout SourceReader) -> [(id: String, name: String, description: String?)] {
        guard let node = framework["implementation_groups_definition"] else { return [] }
        guard case .sequence(let list) = node else {
            reader.error(node.mark, "implementation_groups_definition: expected a list, found \(node.found)")
            return []
        }
        return list.items.compactMap { item in
            guard let m = reader.mapping(item, "implementation group", at: item.mark),
                  let id = reader.text(m, "ref_id", "implementation group") else { return nil }
            reader.ignoreOthers(in: m, known: ["ref_id", "name", "description"], context: "implementation_groups_definition")
            return (id, reader.optionalText(m, "name", "implementation group \(id)") ?? id, reader.optionalText(m, "description", "implementation group \(id)"))
        }
    }
}

/// The parent tree of requirement nodes, by index.
struct RequirementTree {
    private var parents: [Int?]
    private var children: [[Int]]

    init(_ requirements: [CISOAssistantImporter.Requirement]) {
        var index: [String: Int] = [:]
        for (i, r) in requirements.enumerated() where index[r.urn] == nil { index[r.urn] = i }
        parents = requirements.map { $0.parent.flatMap { index[$0] } }
        children = Array(repeating: [], count: requirements.count)
        for (i, parent) in parents.enumerated() { if let parent { children[parent].append(i) } }
    }

    /// Nodes without a parent, in file order.
    var roots: [Int] { parents.indices.filter { parents[$0] == nil } }

    func parent(of i: Int) -> Int? { parents[i] }
    func hasChildren(_ i: Int) -> Bool { !children[i].isEmpty }

    /// Nodes no root reaches: those caught in a loop of parent references.
    var unreachable: [Int] {
        var reached = Set(roots)
        for root in roots { reached.formUnion(descendants(of: root)) }
        return parents.indices.filter { !reached.contains($0) }
    }

    /// Every node below `i`, depth first in file order; a loop in the parents is not followed twice.
    func descendants(of i: Int) -> [Int] {
        var out: [Int] = [], seen: Set<Int> = [i], stack = children[i].reversed() as [Int]
        while let next = stack.popLast() {
            guard seen.insert(next).inserted else { continue }
            out.append(next)
            stack.append(contentsOf: children[next].reversed())
        }
        return out
    }
}
