import Assessment

/// The geometry of the HTML report's inline SVG chart: under each topic's heading a bar for the
/// topic's score, then one bar per domain, each with a tick at its target and, when peer figures
/// exist for the domain's id, a diamond at the peer median. A domain with unanswered questions
/// has a dashed grey segment after its bar, as long as their share of its questions. Coordinates are
/// precomputed here, as text, so a template or layout only places them.
struct BarChart {
    let report: Report

    static let width = 720.0
    static let plotLeft = 256.0
    static let plotWidth = 400.0
    static let top = 8.0
    static let headingHeight = 24.0
    static let rowHeight = 20.0
    /// The height a domain row takes when its label wraps onto a second line.
    static let wrappedRowHeight = 30.0
    static let lineHeight = 12.0
    static let barHeight = 12.0
    static let topicBarHeight = 14.0
    /// Longest line of a domain label; a longer label wraps onto a second line, and only a
    /// label longer than two lines is cut with "…" (the full title stays in a tooltip).
    static let labelCharacters = 40

    /// One vertical grid line with its level.
    struct Gridline {
        var x: String
        var label: String
    }

    /// A line of a label and its baseline.
    struct Line {
        var text: String
        var y: String
    }

    /// A topic's title and score bar above its domains' bars.
    struct Heading {
        var title: String
        var y: String
        var bar: Bar
    }

    /// A bar, its target tick and its value, shared by topic and domain rows.
    struct Bar {
        var x: String
        var y: String
        var width: String
        var height: String
        var standing: String
        var score: String
        var scoreX: String
        var valueY: String
        var target: String
        var targetX: String
        var targetY1: String
        var targetY2: String
    }

    /// The hatched share of a domain's questions left unanswered.
    struct Open {
        var x: String
        var width: String
        var count: String
    }

    /// One domain's label, bar, target tick, optional unanswered segment and peer diamond.
    struct Row {
        var fullTitle: String
        var lines: [Line]
        var bar: Bar
        var open: Open?
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
        var openLegendY: String
        var gridlines: [Gridline]
        var headings: [Heading]
        var rows: [Row]
        var hasPeers: Bool
        var hasOpen: Bool
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
            let standing = Standing(score: topic.score, target: topic.target, met: topic.targetsMet)
            headings.append(Heading(
                title: stripControls(topic.title), y: n(y + 16),
                bar: bar(score: topic.score, target: topic.target, standing: standing, top: y + 2, height: Self.headingHeight - 4, barHeight: Self.topicBarHeight)))
            y += Self.headingHeight
            for domain in topic.domains {
                let row = row(domain, y: y)
                rows.append(row)
                y += row.lines.count > 1 ? Self.wrappedRowHeight : Self.rowHeight
            }
        }
        let plotBottom = y + 4
        let hasOpen = rows.contains { $0.open != nil }
        return Layout(
            width: n(Self.width),
            height: n(plotBottom + 52 + (hasOpen ? 18 : 0)),
            top: n(Self.top),
            plotBottom: n(plotBottom),
            axisLabelY: n(plotBottom + 14),
            legendY: n(plotBottom + 36),
            openLegendY: n(plotBottom + 54),
            gridlines: (0...scaleMax).map { Gridline(x: n(x(Double($0))), label: String($0)) },
            headings: headings,
            rows: rows,
            hasPeers: rows.contains { $0.peer != nil },
            hasOpen: hasOpen,
            peerBodies: report.peers.map { String($0.bodies) } ?? "0")
    }

    /// A bar in a row that starts at `top` and is `height` high.
    func bar(score: Double?, target: Double, standing: Standing, top: Double, height: Double, barHeight: Double) -> Bar {
        let centre = top + height / 2
        return Bar(
            x: n(Self.plotLeft),
            y: n(centre - barHeight / 2),
            width: n(score.map { x($0) - Self.plotLeft } ?? 0),
            height: n(barHeight),
            standing: standing.cssClass,
            score: Format.score(score),
            scoreX: n(Self.plotLeft + Self.plotWidth + 8),
            valueY: n(centre + 4),
            target: Format.number(target),
            targetX: n(x(target)),
            targetY1: n(top + 1),
            targetY2: n(top + height - 1))
    }

    func row(_ domain: DomainResult, y: Double) -> Row {
        let title = stripControls(domain.title)
        let wrapped = Self.wrap(title, width: Self.labelCharacters)
        let height = wrapped.count > 1 ? Self.wrappedRowHeight : Self.rowHeight
        let centre = y + height / 2
        let firstBaseline = centre + 4 - Double(wrapped.count - 1) * Self.lineHeight / 2
        let bar = bar(score: domain.score, target: Double(domain.target),
                      standing: Standing(score: domain.score, target: Double(domain.target), met: domain.met),
                      top: y, height: height, barHeight: Self.barHeight)
        let unanswered = Headline.unanswered(domain)
        let open: Open? = unanswered > 0 && domain.inScope > 0 ? {
            let start = Self.plotLeft + (domain.score.map { x($0) - Self.plotLeft } ?? 0)
            let width = min(Self.plotLeft + Self.plotWidth - start, Self.plotWidth * Double(unanswered) / Double(domain.inScope))
            return Open(x: n(start), width: n(max(0, width)), count: String(unanswered))
        }() : nil
        let peer = report.peers?.figures.first { $0.key == domain.id }.map { figure in
            let px = x(figure.median)
            let points = [(px, centre - 5), (px + 5, centre), (px, centre + 5), (px - 5, centre)]
            return (median: Format.score(figure.median), points: points.map { n($0.0) + "," + n($0.1) }.joined(separator: " "))
        }
        return Row(
            fullTitle: title,
            lines: wrapped.enumerated().map { Line(text: $1, y: n(firstBaseline + Double($0) * Self.lineHeight)) },
            bar: bar,
            open: open,
            peer: peer)
    }

    /// `text` in at most two lines of at most `width` characters, broken at a space where
    /// there is one; what does not fit in two lines is cut with "…".
    static func wrap(_ text: String, width: Int) -> [String] {
        guard text.count > width else { return [text] }
        let head = text.prefix(width + 1)
        let cut = head.lastIndex(of: " ").map { text.distance(from: text.startIndex, to: $0) } ?? width
        let first = String(text.prefix(max(1, cut)))
        let rest = text.dropFirst(first.count).drop { $0 == " " }
        return [first, ANSIText.truncate(String(rest), to: width)]
    }

    /// A coordinate written compactly.
    private func n(_ value: Double) -> String { Format.number(value) }
}
