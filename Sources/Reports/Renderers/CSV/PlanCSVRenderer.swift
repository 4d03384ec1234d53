import Assessment

/// The improvement plan as CSV: one row per recommendation, highest priority first, with empty
/// owner, due date and status columns for the council to fill in. Control characters from
/// input are removed as in `CSVRenderer`. `topic` is the topic's id and `questionnaire` the
/// questionnaire's, as in the per-question CSV; `report_status` is `draft` on every row of a
/// report below the completeness threshold, else `final`.
enum PlanCSVRenderer {
    static let header = [
        "rank", "priority", "question", "topic", "questionnaire", "domain", "current_level", "target",
        "recommendation", "evidence_to_gather", "references", "owner", "due_date", "status", "report_status",
    ]

    static func render(_ report: Report) -> [UInt8] {
        var out = CSV.row(header)
        let topics = Dictionary(report.topics.map { ($0.id, $0.topic) }, uniquingKeysWith: { a, _ in a })
        for r in report.recommendations {
            out += CSV.row([
                String(r.rank), Format.priority(r.priority), r.question, topics[r.topic] ?? "", r.topic, r.domain,
                String(r.level), String(r.target), r.text,
                r.evidence.joined(separator: "; "), r.references.map(\.description).joined(separator: "; "),
                "", "", "", Headline.status(report),
            ].map(stripControls))
        }
        return Array(out.utf8)
    }
}
