import CyberYAML

extension AnswersFile {
    /// The answers file as a YAML node tree, ready for the emitter. Answers use the shorthand
    /// form when they carry nothing but a value, and the full form otherwise.
    package func node(comments: [String: String] = [:], blanks: [String] = []) -> Node {
        var root = Node.Mapping()
        var body = Node.Mapping()
        body.append(Body.CodingKeys.id.stringValue, Node(self.body.id))
        body.append(Body.CodingKeys.name.stringValue, Node(self.body.name))
        if let type = self.body.type { body.append(Body.CodingKeys.type.stringValue, Node(type)) }
        if let region = self.body.region { body.append(Body.CodingKeys.region.stringValue, Node(region)) }
        root.append(CodingKeys.body.stringValue, .mapping(body))
        root.append(CodingKeys.period.stringValue, Node(period))
        if let assessor { root.append(CodingKeys.assessor.stringValue, Node(assessor)) }
        root.append(CodingKeys.date.stringValue, Node(date.description, style: .plain))
        var versions = Node.Mapping()
        for q in questionnaires { versions.append(q.id, Node(q.version)) }
        root.append(CodingKeys.questionnaires.stringValue, .mapping(versions))
        appendScopeKeys(to: &root)

        var entries = Node.Mapping()
        var written: Set<String> = []
        for answer in answers {
            written.insert(answer.questionID)
            entries.append(answer.questionID, answer.node, comment: comments[answer.questionID])
        }
        for id in blanks where !written.contains(id) {
            entries.append(id, .scalar(Node.Scalar("", style: .plain)), comment: comments[id])
        }
        root.append(CodingKeys.answers.stringValue, .mapping(entries))
        return .mapping(root)
    }
}

extension Answer {
    /// This answer as a node: a bare value when that says everything, else a mapping.
    package var node: Node {
        let value: Node
        if case .indicators(let ids) = choice {
            value = .sequence(Node.Sequence(ids.map { Node($0) }, flow: true))
        } else {
            value = Node(choice.scalar ?? "")
        }
        if comment == nil, justification == nil, answeredBy == nil, evidence.isEmpty, case .option = choice {
            return value
        }
        var m = Node.Mapping()
        switch choice {
        case .indicators: m.append(AnswerEntry.CodingKeys.agreed.stringValue, value)
        case .unanswered: break
        case .option, .notApplicable: m.append(AnswerEntry.CodingKeys.answer.stringValue, value)
        }
        if let justification { m.append(AnswerEntry.CodingKeys.justification.stringValue, Node(justification)) }
        if let comment { m.append(AnswerEntry.CodingKeys.comment.stringValue, Node(comment)) }
        if let answeredBy { m.append(AnswerEntry.CodingKeys.answeredBy.stringValue, Node(answeredBy)) }
        if !evidence.isEmpty {
            m.append(AnswerEntry.CodingKeys.evidence.stringValue, .sequence(Node.Sequence(evidence.map { e in
                var em = Node.Mapping(flow: false)
                em.append(Evidence.CodingKeys.title.stringValue, Node(e.title))
                if let location = e.location { em.append(Evidence.CodingKeys.location.stringValue, Node(location)) }
                if let date = e.date { em.append(Evidence.CodingKeys.date.stringValue, Node(date.description, style: .plain)) }
                return .mapping(em)
            })))
        }
        return .mapping(m)
    }
}
