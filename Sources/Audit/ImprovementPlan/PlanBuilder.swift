import Assessment
import CyberYAML

/// Builds and extends a plan from reports' recommendations without losing what people wrote.
package enum PlanBuilder {
    /// `existing` (or a new plan) with one new action for every recommendation that no action
    /// addresses yet in its scope. Existing actions are kept exactly as they are, in their order;
    /// new ones follow, highest priority first, numbered after the highest existing id.
    package static func merge(_ existing: ImprovementPlan?, with reports: [ScopedReport]) -> (plan: ImprovementPlan, added: Int) {
        let first = reports.first?.report
        var plan = existing ?? ImprovementPlan(body: Body(id: first?.body.id ?? "", name: first?.body.name ?? ""), period: first?.period ?? "")
        var numbers = ActionNumbers(used: plan.actions.compactMap { number(in: $0.id) })
        var added = 0
        for scoped in reports {
            for r in scoped.report.recommendations where !plan.actions.contains(where: { $0.covers(r.question, in: scoped.scope) }) {
                let next = numbers.next()
                let id = "ACT-" + String(repeating: "0", count: max(0, 3 - String(next).count)) + String(next)
                plan.actions.append(PlanAction(id: id, addresses: [r.question], scope: scoped.scope, action: r.text))
                added += 1
            }
        }
        return (plan, added)
    }

    /// The numbers of new actions: after the highest number in use, and, once that would pass
    /// `Int.max` (the ids come from a file people edit), the lowest numbers not in use.
    struct ActionNumbers {
        private var used: Set<Int>
        private var after: Int?
        private var lowest = 1

        init(used: [Int]) {
            self.used = Set(used)
            after = used.max() ?? 0
        }

        mutating func next() -> Int {
            if let last = after {
                let (candidate, overflow) = last.addingReportingOverflow(1)
                if !overflow {
                    after = candidate
                    used.insert(candidate)
                    return candidate
                }
                after = nil
            }
            while used.contains(lowest) { lowest += 1 }
            used.insert(lowest)
            return lowest
        }
    }

    /// The number at the end of an id such as `ACT-012`.
    package static func number(in id: String) -> Int? {
        let digits = id.reversed().prefix { $0.isASCII && $0.isNumber }
        return digits.isEmpty ? nil : Int(String(digits.reversed()))
    }
}
