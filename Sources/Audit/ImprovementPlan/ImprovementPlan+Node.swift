import Assessment
import CyberYAML

extension ImprovementPlan {
    /// The plan as YAML, written through libyaml's emitter, every action with all its keys
    /// (blank ones left empty for people to fill in) and a header saying how to edit it.
    package func yaml() throws(YAMLError) -> String {
        var root = Node.Mapping()
        var body = Node.Mapping(flow: true)
        body.append(Body.CodingKeys.id.stringValue, Node(self.body.id))
        body.append(Body.CodingKeys.name.stringValue, Node(self.body.name))
        root.append(CodingKeys.body.stringValue, .mapping(body))
        root.append(CodingKeys.period.stringValue, Node(period))
        root.append(CodingKeys.actions.stringValue, .sequence(Node.Sequence(actions.map(\.node))))
        return try Emitter.emit(.mapping(root), header: """
            Improvement and implementation plan for \(self.body.name), \(period).
            Fill in owner, due (YYYY-MM-DD) and status for each action:
              status: not-started | in-progress | done | deferred (a deferred action needs a reason)
            Re-running 'cyberassess plan REPORT.json -o THIS_FILE' keeps every action and what is
            written in it, and adds actions for new recommendations. Keep notes in 'notes:', not in
            comments: comments are not kept when the file is rewritten.
            """)
    }
}

extension PlanAction {
    /// The action as a node, every key present.
    package var node: Node {
        func text(_ value: String?) -> Node { value.map { Node($0) } ?? .scalar(Node.Scalar("", style: .plain)) }
        var m = Node.Mapping()
        m.append(CodingKeys.id.stringValue, Node(id))
        m.append(CodingKeys.addresses.stringValue, .sequence(Node.Sequence(addresses.map { Node($0) }, flow: true)))
        if let scope { m.append(CodingKeys.scope.stringValue, Node(scope)) }
        m.append(CodingKeys.action.stringValue, Node(action))
        m.append(CodingKeys.owner.stringValue, text(owner))
        m.append(CodingKeys.due.stringValue, due.map { Node($0.description, style: .plain) } ?? text(nil))
        m.append(CodingKeys.status.stringValue, Node(status.rawValue, style: .plain))
        if status == .deferred || reason != nil { m.append(CodingKeys.reason.stringValue, text(reason)) }
        m.append(CodingKeys.notes.stringValue, text(notes))
        return .mapping(m)
    }
}
