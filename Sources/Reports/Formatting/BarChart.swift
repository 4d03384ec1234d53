import Assessment

/// The geometry of the HTML report's inline SVG chart: one horizontal bar per domain, grouped
/// under its topic, with a tick at the target and, when peer figures exist for the domain's
/// id, a diamond at the peer median. Coordinates are precomputed here, as text, so a template
/// or layout only places them.
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

    /// One vertical grid line with its level.
    struct Gridline {
        var x: String
        var label: String
    }

    /// A topic's title above its domains' bars.
    struct Heading {
        var title: String
        var y: String
    }

    /// One domain's bar, target tick and optional peer diamond.
    struct Row {
        var title: String
        var fullTitle: String
        var labelY: String
        var barX: String
        var barY: String
        var barWidth: String
        var barHeight: String
        var standing: String
        var score: String
        var scoreX: String
        var target: String
        var targetX: String
        var targetY1: String
        var targetY2: String
        /// The peer median and the diamond's points, when peers have this domain.
        var peer: (median: String, points: String)?
    }

    /// Everything the chart draws.
    struct Layout {
        var width: String
        var height: String
        var top: String
        var plotBottom: String
        var axisLabelY: String
        var legendY: String
        var gridlines: [Gridline]
        var headings: [Heading]
        var rows: [Row]
        var hasPeers: Bool
        var peerBodies: String
    }

    /// The scale the axis runs to: the highest scale maximum of any topic, at least 1.
    var scaleMax: Int { max(1, report.topics.map(\.scaleMax).max() ?? 1) }

    /// x of a value on the axis.
    func x(_ value: Double) -> Double {
        Self.plotLeft + min(max(value, 0), Double(scaleMax)) / Double(scaleMax) * Self.plotWidth
    }

    /// The chart's geometry.
    func layout() -> Layout {
        var y = Self.top
        var headings: [Heading] = []
        var rows: [Row] = []
        for topic in report.topics {
            headings.append(Heading(title: stripControls(topic.title), y: n(y + 15)))
            y += Self.headingHeight
            for domain in topic.domains {
                rows.append(row(domain, y: y))
                y += Self.rowHeight
            }
        }
        let plotBottom = y + 4
        return Layout(
            width: n(Self.width),
            height: n(plotBottom + 52),
            top: n(Self.top),
            plotBottom: n(plotBottom),
            axisLabelY: n(plotBottom + 14),
            legendY: n(plotBottom + 36),
            gridlines: (0...scaleMax).map { Gridline(x: n(x(Double($0))), label: String($0)) },
            headings: headings,
            rows: rows,
            hasPeers: rows.contains { $0.peer != nil },
            peerBodies: report.peers.map { String($0.bodies) } ?? "0")
    }

    /// The geometry as a template's values.
    func values() -> [String: Any] {
        let layout = layout()
        return [
            "width": layout.width,
            "height": layout.height,
            "top": layout.top,
            "plotBottom": layout.plotBottom,
            "axisLabelY": layout.axisLabelY,
            "legendY": layout.legendY,
            "gridlines": layout.gridlines.map { ["x": $0.x, "label": $0.label] },
            "headings": layout.headings.map { ["title": $0.title, "y": $0.y] },
            "rows": layout.rows.map(\.values),
            "hasRows": !layout.rows.isEmpty,
            "hasPeers": layout.hasPeers,
            "peerBodies": layout.peerBodies,
        ]
    }

    func row(_ domain: DomainResult, y: Double) -> Row {
        let title = stripControls(domain.title)
        let standing = Standing(score: domain.score, target: Double(domain.target), met: domain.met)
        let barWidth = domain.score.map { x($0) - Self.plotLeft } ?? 0
        let centre = y + Self.rowHeight / 2
        let peer = report.peers?.figures.first { $0.key == domain.id }.map { figure in
            let px = x(figure.median)
            let points = [(px, centre - 5), (px + 5, centre), (px, centre + 5), (px - 5, centre)]
            return (median: Format.score(figure.median), points: points.map { n($0.0) + "," + n($0.1) }.joined(separator: " "))
        }
        return Row(
            title: ANSIText.truncate(title, to: Self.labelCharacters),
            fullTitle: title,
            labelY: n(centre + 4),
            barX: n(Self.plotLeft),
            barY: n(centre - Self.barHeight / 2),
            barWidth: n(barWidth),
            barHeight: n(Self.barHeight),
            standing: standing.cssClass,
            score: Format.score(domain.score),
            scoreX: n(Self.plotLeft + Self.plotWidth + 8),
            target: String(domain.target),
            targetX: n(x(Double(domain.target))),
            targetY1: n(y + 1),
            targetY2: n(y + Self.rowHeight - 1),
            peer: peer)
    }

    /// A coordinate written compactly.
    private func n(_ value: Double) -> String { Format.number(value) }
}

extension BarChart.Row {
    /// The row as a template's values.
    var values: [String: Any] {
        [
            "title": title,
            "fullTitle": fullTitle,
            "labelY": labelY,
            "barX": barX,
            "barY": barY,
            "barWidth": barWidth,
            "barHeight": barHeight,
            "standing": standing,
            "score": score,
            "scoreX": scoreX,
            "target": target,
            "targetX": targetX,
            "targetY1": targetY1,
            "targetY2": targetY2,
            "peer": peer.map { [["median": $0.median, "points": $0.points]] } ?? [],
        ]
    }
}
