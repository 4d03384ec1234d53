import Assessment

/// Peer columns for the per-question CSV, present only when the report has peer figures:
/// for the row's domain, its topic and the overall score, the peers' first quartile, median
/// and third quartile and the body's percentile among all bodies and among its type (empty
/// where the benchmark has no figure), plus the number of bodies compared.
enum PeerCSVColumns {
    /// The extra column names; none without peer figures.
    static func header(_ report: Report) -> [String] {
        guard report.peers != nil else { return [] }
        return ["peer_bodies"] + ["domain", "topic", "overall"].flatMap { scope in
            ["q1", "median", "q3", "percentile", "percentile_in_type"].map { "\(scope)_peer_\($0)" }
        }
    }

    /// The extra fields of a row in `domain` of `topic`; none without peer figures.
    static func fields(_ report: Report, topic: TopicResult, domain: DomainResult) -> [String] {
        guard let peers = report.peers else { return [] }
        func values(_ figure: PeerComparison.Figure?) -> [String] {
            guard let f = figure else { return ["", "", "", "", ""] }
            return [Format.number(f.q1), Format.number(f.median), Format.number(f.q3),
                    f.percentile.map(Format.number) ?? "", f.percentileInType.map(Format.number) ?? ""]
        }
        let byKey = { (key: String) in peers.figures.first { $0.key == key } }
        return [String(peers.bodies)] + values(byKey(domain.id)) + values(byKey(topic.id)) + values(peers.overall)
    }
}
