import Assessment

/// A report's peer figures as one table, the same in every format that shows them: the
/// overall score, then each topic followed by its domains, each with this body's score, the
/// peers' first quartile, median and third quartile, and the body's percentile among all
/// bodies and among bodies of its own type. Rows are only for scores the benchmark has.
/// Text, Markdown, HTML and CSV each lay it out in their own `PeerSections+*.swift`.
struct PeerTable {
    /// Where a row sits.
    enum Kind: String {
        case overall, topic, domain
    }

    /// One score beside its peers.
    struct Row {
        var kind: Kind
        /// The topic or domain title, "Overall" for the overall score; controls removed.
        var label: String
        /// The figure's key: "overall", a questionnaire id or a domain id.
        var key: String
        var score: Double?
        var figure: PeerComparison.Figure
    }

    /// How many bodies the benchmark counts.
    var bodies: Int
    var rows: [Row]

    /// The table of `report`'s peer figures; nil when it has none.
    init?(_ report: Report) {
        guard let peers = report.peers else { return nil }
        var byKey: [String: PeerComparison.Figure] = [:]
        for figure in peers.figures where byKey[figure.key] == nil { byKey[figure.key] = figure }
        bodies = peers.bodies
        rows = []
        if let overall = peers.overall {
            rows.append(Row(kind: .overall, label: "Overall", key: stripControls(overall.key), score: report.overall.score, figure: overall))
        }
        for topic in report.topics {
            if let f = byKey[topic.id] {
                rows.append(Row(kind: .topic, label: stripControls(topic.title), key: stripControls(topic.id), score: topic.score, figure: f))
            }
            for domain in topic.domains {
                if let f = byKey[domain.id] {
                    rows.append(Row(kind: .domain, label: stripControls(domain.title), key: stripControls(domain.id), score: domain.score, figure: f))
                }
            }
        }
    }

    /// The sentence above the table.
    var caption: String {
        "Compared with \(bodies) bodies: the peers' median and middle half (first to third quartile) of each score, and this body's percentile (0–100, mid-rank) among all bodies and among bodies of its type."
    }

    /// The column titles, in order.
    static let columns = ["Score", "This body", "Peer Q1", "Peer median", "Peer Q3", "Percentile", "Percentile in type"]

    /// A percentile as a whole number, or "—".
    static func percentile(_ value: Double?) -> String { value.map { Format.number($0.rounded()) } ?? Format.none }

    /// A row's figures as text, in column order after the label.
    static func figures(_ row: Row) -> [String] {
        let f = row.figure
        return [Format.score(row.score), Format.score(f.q1), Format.score(f.median), Format.score(f.q3), percentile(f.percentile), percentile(f.percentileInType)]
    }

    /// "› " before a domain's title in the Markdown and HTML tables, so it reads as part of
    /// the topic above it.
    static func prefix(_ row: Row) -> String { row.kind == .domain ? "› " : "" }

    /// The table as a template's values (`peerTable` in the bundled templates).
    var values: [String: Any] {
        [
            "bodies": String(bodies),
            "caption": caption,
            "rows": rows.map { row -> [String: Any] in
                let f = Self.figures(row)
                return [
                    "rowClass": row.kind == .domain ? "item" : "group",
                    "prefix": Self.prefix(row),
                    "label": row.label, "key": row.key,
                    "score": f[0], "q1": f[1], "median": f[2], "q3": f[3], "percentile": f[4], "percentileInType": f[5],
                ]
            },
        ]
    }
}
