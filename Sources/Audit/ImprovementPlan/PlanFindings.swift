import Assessment
/// What a plan says about an assessment: actions overdue, actions done whose outcomes have not
/// improved, and outcomes still below target that no action addresses.
package struct PlanFindings: Sendable, Codable, Equatable {
    /// An action named in a finding.
    package struct ActionRef: Sendable, Codable, Equatable {
        package var id: String
        package var action: String
        package var scope: String?
        package var addresses: [String]
        package var owner: String?
        package var due: Day?
        package var status: PlanStatus
        /// Why it is listed, in words.
        package var detail: String
    }

    /// A question below its target with no action.
    package struct Unplanned: Sendable, Codable, Equatable {
        package var scope: String?
        package var question: String
        package var text: String
        package var status: String
        /// The status or level the target requires.
        package var required: String
    }

    /// The day overdue is judged against.
    package var today: Day
    package var actions: Int
    package var overdue: [ActionRef]
    package var doneNotImproved: [ActionRef]
    package var unplanned: [Unplanned]
}

/// One scope's report for plan checks: the organisation (`scope` nil) or a critical system.
package struct ScopedReport: Sendable {
    package var scope: String?
    package var report: Report
    /// The same scope's earlier report, when comparing periods.
    package var previous: Report?

    /// A scope's report, with its earlier report when comparing.
    package init(scope: String?, report: Report, previous: Report? = nil) {
        self.scope = scope
        self.report = report
        self.previous = previous
    }
}

extension PlanFindings {
    /// Checks `plan` against the scopes' reports on `today`. An action done has not improved
    /// its outcomes when, with an earlier report, an addressed question's level did not rise;
    /// without one, when an addressed question is still below its target.
    package init(plan: ImprovementPlan, reports: [ScopedReport], today: Day) {
        self.today = today
        actions = plan.actions.count
        overdue = plan.actions.compactMap { a in
            guard a.status.isOpen, let due = a.due, due < today else { return nil }
            return ActionRef(a, detail: "due \(due), \(a.status.rawValue)")
        }
        var notImproved: [ActionRef] = []
        for a in plan.actions where a.status == .done {
            guard let scoped = reports.first(where: { $0.scope == a.scope }) else { continue }
            var reasons: [String] = []
            for id in a.addresses {
                guard let now = scoped.report.questionResults.first(where: { $0.question.id == id })?.question else { continue }
                if let previous = scoped.previous {
                    guard let before = previous.questionResults.first(where: { $0.question.id == id })?.question else { continue }
                    if (now.level ?? 0) <= (before.level ?? 0) { reasons.append("\(id) \(before.statusText) → \(now.statusText)") }
                } else if now.met == false {
                    reasons.append("\(id) still \(now.statusText), below its target")
                }
            }
            if !reasons.isEmpty { notImproved.append(ActionRef(a, detail: reasons.joined(separator: "; "))) }
        }
        doneNotImproved = notImproved
        unplanned = reports.flatMap { scoped in
            scoped.report.recommendations.compactMap { r in
                guard !plan.actions.contains(where: { $0.covers(r.question, in: scoped.scope) }) else { return nil }
                let result = scoped.report.questionResults.first { $0.question.id == r.question }?.question
                return Unplanned(scope: scoped.scope, question: r.question, text: r.questionText,
                                 status: result?.statusText ?? "level \(r.level)",
                                 required: result?.outcome?.required.rawValue ?? "level \(r.target)")
            }
        }
    }
}

extension PlanFindings.ActionRef {
    package init(_ a: PlanAction, detail: String) {
        self.init(id: a.id, action: a.action, scope: a.scope, addresses: a.addresses, owner: a.owner, due: a.due, status: a.status, detail: detail)
    }
}
