import Assessment
import CyberYAML

/// Where an improvement action stands.
package enum PlanStatus: String, Sendable, Codable, Equatable, CaseIterable {
    case notStarted = "not-started"
    case inProgress = "in-progress"
    case done
    /// Put off on purpose; the action's `reason` says why.
    case deferred

    /// Whether the action is still to be done (not done, not deferred).
    package var isOpen: Bool { self == .notStarted || self == .inProgress }
}

/// One action of an improvement and implementation plan: what is to be done, for which
/// outcomes or questions, by whom, by when, and how far it has got.
package struct PlanAction: Sendable, Equatable, Codable {
    /// A stable id (`ACT-001`), kept across re-runs.
    package var id: String
    /// The question or outcome ids the action addresses.
    package var addresses: [String]
    /// The critical system the action is for; nil for the organisation.
    package var scope: String?
    /// What is to be done.
    package var action: String
    package var owner: String?
    package var due: Day?
    package var status: PlanStatus
    /// Why the action was deferred (required when it is).
    package var reason: String?
    package var notes: String?
    /// Where the action is written in the plan file.
    package var mark: Mark?

    /// An action; new actions start `not-started` with no owner or date.
    package init(id: String, addresses: [String], scope: String? = nil, action: String, owner: String? = nil, due: Day? = nil, status: PlanStatus = .notStarted, reason: String? = nil, notes: String? = nil, mark: Mark? = nil) {
        self.id = id
        self.addresses = addresses
        self.scope = scope
        self.action = action
        self.owner = owner
        self.due = due
        self.status = status
        self.reason = reason
        self.notes = notes
        self.mark = mark
    }

    /// The keys of an action, in the order they are written.
    package enum CodingKeys: String, CodingKey, CaseIterable {
        case id, addresses, scope, action, owner, due, status, reason, notes
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        addresses = try c.decodeIfPresent([String].self, forKey: .addresses) ?? []
        scope = try c.decodeIfPresent(String.self, forKey: .scope)
        action = try c.decode(String.self, forKey: .action)
        owner = try c.decodeIfPresent(String.self, forKey: .owner)
        due = try c.decodeIfPresent(Day.self, forKey: .due)
        let text = try c.decodeIfPresent(String.self, forKey: .status) ?? PlanStatus.notStarted.rawValue
        guard let parsed = PlanStatus(rawValue: text) else {
            let mark = decoder.yamlNode?.mapping?.pair(CodingKeys.status.stringValue)?.value.mark ?? decoder.yamlMark ?? Mark(line: 0, column: 0)
            throw YAMLError.invalidValue(path: pathString(decoder.codingPath + [CodingKeys.status]), message: "unknown status '\(text)'\(Suggestion.hint(for: text, in: PlanStatus.allCases.map(\.rawValue))); expected one of: \(PlanStatus.allCases.map(\.rawValue).joined(separator: ", "))", mark)
        }
        status = parsed
        reason = try c.decodeIfPresent(String.self, forKey: .reason)
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
        mark = decoder.yamlMark
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(addresses, forKey: .addresses)
        try c.encodeIfPresent(scope, forKey: .scope)
        try c.encode(action, forKey: .action)
        try c.encodeIfPresent(owner, forKey: .owner)
        try c.encodeIfPresent(due, forKey: .due)
        try c.encode(status, forKey: .status)
        try c.encodeIfPresent(reason, forKey: .reason)
        try c.encodeIfPresent(notes, forKey: .notes)
    }

    package static func == (a: Self, b: Self) -> Bool {
        a.id == b.id && a.addresses == b.addresses && a.scope == b.scope && a.action == b.action && a.owner == b.owner
            && a.due == b.due && a.status == b.status && a.reason == b.reason && a.notes == b.notes
    }

    /// Whether the action addresses `question` in `scope` (nil: the organisation).
    package func covers(_ question: String, in scope: String?) -> Bool {
        self.scope == scope && addresses.contains(question)
    }
}
