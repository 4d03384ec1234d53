import Assessment
import Audit

/// Exports an improvement plan as CSV for the spreadsheet a council already keeps: one row
/// per action, cells that a spreadsheet would run as a formula neutralised.
package enum PlanRenderer {
    static let header = ["id", "scope", "addresses", "action", "owner", "due", "status", "reason", "notes"]

    /// The plan as CSV.
    package static func csv(_ plan: ImprovementPlan) -> [UInt8] {
        var out = CSV.row(header)
        for a in plan.actions {
            out += CSV.row([
                a.id, CycleReport.scopeID(a.scope), a.addresses.joined(separator: "; "), a.action,
                a.owner ?? "", a.due?.description ?? "", a.status.rawValue, a.reason ?? "", a.notes ?? "",
            ].map(stripControls))
        }
        return Array(out.utf8)
    }

    /// Plan findings appended to a rendered report or comparison (text, md, html).
    package static func append(_ findings: PlanFindings, to rendered: [UInt8], format: ReportFormat, colour: Bool) -> [UInt8] {
        SectionsAppender.append([PlanSections.section(findings)], title: "Plan", to: rendered, format: format, colour: colour)
    }
}

extension PlanRenderer {
    /// A comparison and the plan's findings as one JSON document.
    package static func json(_ comparison: Comparison, _ findings: PlanFindings) throws(ReportError) -> [UInt8] {
        struct Document: Encodable {
            var schema = "cyberassess.comparison-with-plan/1"
            var comparison: Comparison
            var plan: PlanFindings
        }
        do {
            return try CanonicalJSON.encode(Document(comparison: comparison, plan: findings))
        } catch {
            throw .encoding(format: .json, reason: error.problems.map(\.message).joined(separator: "; "))
        }
    }
}
