import Assessment
import CyberYAML

/// A body's improvement and implementation plan: the actions it agreed from its assessment's
/// recommendations, kept in a YAML file that people edit and `cyberassess plan` extends.
package struct ImprovementPlan: Sendable, Equatable, Decodable {
    package var body: Body
    package var period: String
    package var actions: [PlanAction]

    /// A plan.
    package init(body: Body, period: String, actions: [PlanAction] = []) {
        self.body = body
        self.period = period
        self.actions = actions
    }

    /// The top-level keys of a plan file.
    package enum CodingKeys: String, CodingKey, CaseIterable { case body, period, actions }

    /// Reads a plan file, refusing a deferred action without a reason and ids given twice.
    package static func load(_ path: String) throws(AssessmentError) -> ImprovementPlan {
        let source = try SourceFile.read(path)
        let node = try source.parse()
        guard isPlan(node) else {
            throw .wrongKind(path: path, expected: "an improvement plan (a mapping with 'body', 'period' and 'actions', as 'cyberassess plan' writes)", found: FileKind.detect(node)?.noun ?? "a document without 'actions'")
        }
        let plan = try source.decode(ImprovementPlan.self, from: node)
        let problems = plan.problems(file: path)
        guard problems.isEmpty else { throw .invalid(problems) }
        return plan
    }

    /// Whether a parsed document is a plan: `actions` and no `answers`.
    package static func isPlan(_ node: Node) -> Bool {
        node.mapping?[CodingKeys.actions.stringValue] != nil && node.mapping?["answers"] == nil
    }

    /// Every problem in a parsed plan file, for `validate`.
    package static func check(_ source: SourceFile, node: Node) -> [Problem] {
        do {
            let (plan, problems) = try source.decodeCollecting(ImprovementPlan.self, from: node)
            return problems + plan.problems(file: source.path)
        } catch {
            return error.problems
        }
    }

    /// Problems beyond the file's shape: ids given twice, deferred actions without a reason.
    package func problems(file: String) -> [Problem] {
        var problems: [Problem] = []
        var seen: Set<String> = []
        for action in actions {
            if !seen.insert(action.id).inserted {
                problems.append(Problem(file: file, mark: action.mark, message: "actions: id '\(action.id)' is used twice; give each action its own id"))
            }
            if action.status == .deferred, (action.reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                problems.append(Problem(file: file, mark: action.mark, message: "actions.\(action.id): a deferred action needs a reason; add 'reason: ...' saying why it was put off"))
            }
        }
        return problems
    }
}
