import Assessment

/// The improvement plan as CSV: one row per recommendation, highest priority first, with empty
/// owner, due date and status columns for the council to fill in. Control characters from
/// input are removed as in `CSVRenderer`.
enum PlanCSVRenderer {
    static let header = [
        "rank", "priority", "question", "topic", "domain", "current_level", "target",
        "recommendation", "evidence_to_gather", "references", "owner", "due_date", "status",
    ]

    static func render(_ report: Report) -> [UInt8] {
        var out = CSV.row(header)
        for r in report.recommendations {
            out += CSV.row([
                String(r.rank), Format.priority(r.priority), r.question, r.topic, r.domain,
                String(r.level), String(r.target), r.text,
                r.evidence.joined(separator: "; "), r.references.map(\.description).joined(separator: "; "),
                "", "", "",
            ].map(stripControls))
        }
        return Array(out.utf8)
    }
}
