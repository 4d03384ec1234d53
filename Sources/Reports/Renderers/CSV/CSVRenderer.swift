import Assessment

/// One CSV row per question in every topic, for spreadsheets and further analysis. `topic` is
/// the topic's id and `questionnaire` the questionnaire's, as in the plan CSV; `report_status`
/// is `draft` on every row of a report below the completeness threshold, else `final`.
/// Values are raw (levels as numbers, empty when missing) rather than formatted for reading;
/// control characters and escape sequences from input are removed (`stripControls`), so
/// printing the file in a terminal is safe too.
enum CSVRenderer {
    static let header = [
        "body_id", "body_name", "topic", "questionnaire", "domain", "question", "text", "status",
        "answer", "label", "level", "target", "gap", "weight", "references",
        "comment", "evidence", "justification", "report_status",
    ]

    static func render(_ report: Report) -> [UInt8] {
        var out = CSV.row(header + PeerCSVColumns.header(report))
        for topic in report.topics {
            for domain in topic.domains {
                for question in domain.questions {
                    out += CSV.row((fields(report: report, topic: topic, domain: domain, question: question) + PeerCSVColumns.fields(report, topic: topic, domain: domain)).map(stripControls))
                }
            }
        }
        return Array(out.utf8)
    }

    static func fields(report: Report, topic: TopicResult, domain: DomainResult, question q: QuestionResult) -> [String] {
        let gap = q.level.map { String(max(0, q.target - $0)) } ?? ""
        return [
            report.body.id, report.body.name, topic.topic, topic.id, domain.id, q.id, q.text,
            q.status.rawValue,
            q.answer ?? q.outcome?.status.rawValue ?? "",
            q.label ?? q.outcome?.status.title ?? "",
            q.level.map(String.init) ?? "",
            String(q.target),
            gap,
            Format.number(q.weight),
            q.references.map(\.description).joined(separator: "; "),
            q.comment ?? "",
            q.evidence.map(TemplateContext(report: report).evidenceText).joined(separator: "; "),
            q.justification ?? "",
            Headline.status(report),
        ]
    }
}
