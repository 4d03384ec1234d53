import CyberYAML

extension AnswersFile {
    /// The answers file as a YAML node tree, ready for the emitter. Answers use the shorthand
    /// form when they carry nothing but a value, and the full form otherwise.
    public func node(comments: [String: String] = [:], blanks: [String] = []) -> Node {
        var root = Node.Mapping()
        var body = Node.Mapping()
        body.append("id", Node(self.body.id))
        body.append("name", Node(self.body.name))
        if let type = self.body.type { body.append("type", Node(type)) }
        if let region = self.body.region { body.append("region", Node(region)) }
        root.append("body", .mapping(body))
        root.append("period", Node(period))
        if let assessor { root.append("assessor", Node(assessor)) }
        root.append("date", Node(date.description, style: .plain))
        var versions = Node.Mapping()
        for q in questionnaires { versions.append(q.id, Node(q.version, style: .plain)) }
        root.append("questionnaires", .mapping(versions))

        var entries = Node.Mapping()
        var written: Set<String> = []
        for answer in answers {
            written.insert(answer.questionID)
            entries.append(answer.questionID, answer.node, comment: comments[answer.questionID])
        }
        for id in blanks where !written.contains(id) {
            entries.append(id, .scalar(Node.Scalar("", style: .plain)), comment: comments[id])
        }
        root.append("answers", .mapping(entries))
        return .mapping(root)
    }
}

extension Answer {
    /// This answer as a node: a bare value when that says everything, else a mapping.
    public var node: Node {
        let value: Node
        switch choice {
        case .option(let v): value = Node(v)
        case .notApplicable: value = Node("na")
        case .indicators(let ids): value = .sequence(Node.Sequence(ids.map { Node($0) }, flow: true))
        }
        if comment == nil, justification == nil, answeredBy == nil, evidence.isEmpty, case .option = choice {
            return value
        }
        var m = Node.Mapping()
        if case .indicators = choice { m.append("agreed", value) } else { m.append("answer", value) }
        if let justification { m.append("justification", Node(justification)) }
        if let comment { m.append("comment", Node(comment)) }
        if let answeredBy { m.append("answered_by", Node(answeredBy)) }
        if !evidence.isEmpty {
            m.append("evidence", .sequence(Node.Sequence(evidence.map { e in
                var em = Node.Mapping(flow: false)
                em.append("title", Node(e.title))
                if let location = e.location { em.append("location", Node(location)) }
                if let date = e.date { em.append("date", Node(date.description, style: .plain)) }
                return .mapping(em)
            })))
        }
        return .mapping(m)
    }
}
