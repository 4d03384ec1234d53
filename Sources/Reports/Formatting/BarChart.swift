import Assessment

/// The geometry of the HTML report's inline SVG chart: one horizontal bar per domain, grouped
/// under its topic, with a tick at the target and, when peer figures exist for the domain's
/// id, a diamond at the peer median. Coordinates are precomputed here so the template only
/// places them.
struct BarChart {
    let report: Report

    static let width = 720.0
    static let plotLeft = 256.0
    static let plotWidth = 400.0
    static let top = 8.0
    static let headingHeight = 22.0
    static let rowHeight = 20.0
    static let barHeight = 12.0
    /// Longest domain label before it is cut with "…" (the full title stays in a tooltip).
    static let labelCharacters = 40

    /// The scale the axis runs to: the highest scale maximum of any topic, at least 1.
    var scaleMax: Int { max(1, report.topics.map(\.scaleMax).max() ?? 1) }

    /// x of a value on the axis.
    func x(_ value: Double) -> Double {
        Self.plotLeft + min(max(value, 0), Double(scaleMax)) / Double(scaleMax) * Self.plotWidth
    }

    func values() -> [String: Any] {
        var y = Self.top
        var headings: [[String: Any]] = []
        var rows: [[String: Any]] = []
        var hasPeers = false
        for topic in report.topics {
            headings.append(["title": stripControls(topic.title), "y": n(y + 15)])
            y += Self.headingHeight
            for domain in topic.domains {
                let row = self.row(domain, y: y)
                hasPeers = hasPeers || !((row["peer"] as? [Any])?.isEmpty ?? true)
                rows.append(row)
                y += Self.rowHeight
            }
        }
        let plotBottom = y + 4
        let gridlines = (0...scaleMax).map { level -> [String: Any] in
            ["x": n(x(Double(level))), "label": String(level)]
        }
        return [
            "width": n(Self.width),
            "height": n(plotBottom + 52),
            "top": n(Self.top),
            "plotBottom": n(plotBottom),
            "axisLabelY": n(plotBottom + 14),
            "legendY": n(plotBottom + 36),
            "gridlines": gridlines,
            "headings": headings,
            "rows": rows,
            "hasRows": !rows.isEmpty,
            "hasPeers": hasPeers,
            "peerBodies": report.peers.map { String($0.bodies) } ?? "0",
        ]
    }

    func row(_ domain: DomainResult, y: Double) -> [String: Any] {
        let title = stripControls(domain.title)
        let standing = Standing(score: domain.score, target: Double(domain.target), met: domain.met)
        let barWidth = domain.score.map { x($0) - Self.plotLeft } ?? 0
        let targetX = x(Double(domain.target))
        let centre = y + Self.rowHeight / 2
        let peer = report.peers?.figures.first { $0.key == domain.id }.map { figure -> [String: Any] in
            let px = x(figure.median)
            return [
                "median": Format.score(figure.median),
                "points": [(px, centre - 5), (px + 5, centre), (px, centre + 5), (px - 5, centre)]
                    .map { n($0.0) + "," + n($0.1) }.joined(separator: " "),
            ]
        }
        return [
            "title": ANSIText.truncate(title, to: Self.labelCharacters),
            "fullTitle": title,
            "labelY": n(centre + 4),
            "barX": n(Self.plotLeft),
            "barY": n(centre - Self.barHeight / 2),
            "barWidth": n(barWidth),
            "barHeight": n(Self.barHeight),
            "standing": standing.cssClass,
            "score": Format.score(domain.score),
            "scoreX": n(Self.plotLeft + Self.plotWidth + 8),
            "target": String(domain.target),
            "targetX": n(targetX),
            "targetY1": n(y + 1),
            "targetY2": n(y + Self.rowHeight - 1),
            "peer": peer.map { [$0] } ?? [],
        ]
    }

    /// A coordinate written compactly.
    private func n(_ value: Double) -> String { Format.number(value) }
}
