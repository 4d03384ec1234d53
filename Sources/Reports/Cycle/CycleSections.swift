import Assessment
import Audit

/// The parts of a cycle report beyond the organisation's own report: scopes at a glance,
/// the outcome × system table, reviews and the plan, as document sections.
enum CycleSections {
    typealias Section = ComparisonDocument.Section
    typealias Cell = ComparisonDocument.Cell

    static func title(_ c: CycleReport) -> String {
        "Assessment of \(c.body.name) \(c.period): organisation" + (c.systems.isEmpty ? "" : " and \(c.systems.count) critical system\(c.systems.count == 1 ? "" : "s")")
    }

    static func sections(_ c: CycleReport) -> [Section] {
        var sections: [Section] = []
        if !c.systems.isEmpty {
            sections.append(scopes(c))
            sections.append(outcomes(c))
        }
        for review in c.reviews {
            let scope = review.system.map { "system \($0)" } ?? "the organisation"
            sections += ReviewSections.sections(review, heading: "Independent assurance of \(scope)")
        }
        if let plan = c.plan { sections.append(PlanSections.section(plan)) }
        return sections
    }

    static func scopes(_ c: CycleReport) -> Section {
        let profile = c.profile.map { "Profile met (\($0))" } ?? "Targets met"
        let systems = Dictionary(c.systems.map { ($0.system.id, $0.system) }, uniquingKeysWith: { a, _ in a })
        let rows: [[Cell]] = c.scopes.map { s in
            let entry = systems[s.scope]
            return [
                Cell(s.scope), Cell(s.name), Cell(entry.map { $0.services.joined(separator: ", ") } ?? "all"),
                Cell(entry?.owner ?? ""), Cell(s.score.map(Format.score) ?? "—"), StatusText.yesNo(s.profileMet),
                Cell(String(s.belowTarget)), Cell(s.assuredBy ?? "no", s.assuredBy == nil ? .muted : .good),
            ]
        }
        return Section(title: "Scopes", blocks: [
            .table(header: ["Scope", "Name", "Services", "Owner", "Score", profile, "Below target", "Independently assured"], rows: rows),
        ])
    }

    static func outcomes(_ c: CycleReport) -> Section {
        let rows: [[Cell]] = c.outcomes.map { row in
            [Cell(row.question)] + row.cells.map { cell in
                var text = StatusText.title(cell.status)
                if let assurance = cell.assurance { text += assurance == .confirmed ? " (assured)" : " (review \(assurance.rawValue))" }
                let tone: ComparisonDocument.Tone = cell.met.map { $0 ? .good : .bad } ?? .muted
                return Cell(text, tone)
            }
        }
        let failing = c.outcomes.filter { $0.cells.contains { $0.met == false } }.count
        return Section(title: "Outcomes by scope", blocks: [
            .paragraph([Cell("\(c.outcomes.count) outcomes assessed in the critical systems; \(failing) fall short of the target in at least one scope.")]),
            .table(header: ["Outcome"] + c.scopes.map(\.scope), rows: rows),
        ])
    }

    /// The outcome × scope table as CSV: one row per outcome, one column per scope.
    static func csv(_ c: CycleReport) -> String {
        var out = CSV.row(["question", "domain", "text"] + c.scopes.map(\.scope))
        for row in c.outcomes {
            out += CSV.row(([row.question, row.domain, row.text] + row.cells.map(\.status)).map(stripControls))
        }
        return out
    }
}
