import Assessment
import Audit

/// What a plan says about an assessment, as one document section.
enum PlanSections {
    typealias Cell = ComparisonDocument.Cell

    static func section(_ f: PlanFindings) -> ComparisonDocument.Section {
        var blocks: [ComparisonDocument.Block] = [
            .paragraph([Cell("\(f.actions) action\(f.actions == 1 ? "" : "s") in the plan, checked on \(f.today): "),
                        Cell("\(f.overdue.count) overdue", f.overdue.isEmpty ? .good : .bad), Cell(", "),
                        Cell("\(f.doneNotImproved.count) done without improvement", f.doneNotImproved.isEmpty ? .good : .warn), Cell(", "),
                        Cell("\(f.unplanned.count) below target with no action", f.unplanned.isEmpty ? .good : .warn), Cell(".")]),
        ]
        if !f.overdue.isEmpty {
            blocks.append(.paragraph([Cell("Overdue", .bad)]))
            blocks.append(.list(f.overdue.map(item)))
        }
        if !f.doneNotImproved.isEmpty {
            blocks.append(.paragraph([Cell("Done, but the outcomes have not improved", .warn)]))
            blocks.append(.list(f.doneNotImproved.map(item)))
        }
        if !f.unplanned.isEmpty {
            blocks.append(.paragraph([Cell("Below target with no action", .warn)]))
            blocks.append(.table(header: ["Scope", "Outcome", "Status", "Required"], rows: f.unplanned.map { u in
                [Cell(CycleReport.scopeID(u.scope)), Cell(u.question), Cell(StatusText.title(u.status)), Cell(StatusText.title(u.required))]
            }))
        }
        return .init(title: "Improvement and implementation plan", blocks: blocks)
    }

    static func item(_ a: PlanFindings.ActionRef) -> ComparisonDocument.Item {
        let scope = a.scope.map { " [\($0)]" } ?? ""
        return .init(line: [Cell("\(a.id)\(scope) "), Cell(a.detail, .bad)],
                     details: [a.action, "addresses \(a.addresses.joined(separator: ", ")); owner \(a.owner ?? "none")"])
    }

}
