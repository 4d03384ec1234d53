import Assessment
import Audit

/// The comparison page's inline SVG chart: for every domain, grouped under its topic, the two
/// sides' scores as a pair of bars with a tick at each side's target. The old side's bar is
/// solid, the new side's hatched, so the pair reads in greyscale too; domain titles wrap onto
/// as many lines as they need instead of being cut.
struct ComparisonChart {
    typealias HTML = Markup<HTMLEscaping>

    let comparison: Comparison

    static let width = 760.0
    static let plotLeft = 270.0
    static let plotWidth = 390.0
    static let top = 8.0
    static let headingHeight = 24.0
    static let barHeight = 11.0
    static let barGap = 2.0
    static let lineHeight = 13.0
    static let rowPadding = 8.0
    /// The distance between the legend's lines (one per series, then the target), so that
    /// long side names never run into each other.
    static let legendLine = 16.0
    /// The narrowest bar drawn for a score, so that a score of 0 still shows as a sliver
    /// (no bar at all means the side has no score).
    static let minimumBar = 1.5
    /// Characters per line of a wrapped domain label.
    static let labelCharacters = 38

    /// The scale the axis runs to: the highest scale of any topic, at least 1.
    var scaleMax: Int { max(1, comparison.topics.map(\.scaleMax).max() ?? 1) }

    /// Whether there is any domain to draw.
    var isEmpty: Bool { comparison.topics.allSatisfy { $0.domains.isEmpty } }

    /// x of a value on the axis.
    func x(_ value: Double) -> Double {
        Self.plotLeft + min(max(value, 0), Double(scaleMax)) / Double(scaleMax) * Self.plotWidth
    }

    /// The `<svg>` element.
    func svg() -> HTML {
        let old = stripControls(comparison.old.label), new = stripControls(comparison.new.label)
        var body = HTML(stringLiteral: "")
        var y = Self.top
        for topic in comparison.topics where !topic.domains.isEmpty {
            body.bytes += ("<text class=\"heading\" x=\"0\" y=\"\(n(y + 16))\">\(stripControls(topic.title))</text>\n" as HTML).bytes
            y += Self.headingHeight
            for domain in topic.domains {
                body.bytes += row(domain, y: &y, old: old, new: new).bytes
            }
        }
        let plotBottom = y + 4
        let legendY = plotBottom + 36
        var out: HTML = """
            <svg class="chart comparison-chart" role="img" aria-labelledby="comparison-chart-title" viewBox="0 0 \(n(Self.width)) \(n(legendY + 2 * Self.legendLine + 12))" preserveAspectRatio="xMinYMin meet">
            <title id="comparison-chart-title">Score of every domain, \(old) and \(new), against its target</title>
            <defs><pattern id="hatch-new" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="hatch-ground" width="5" height="5"/><line class="hatch-line" x1="0" y1="0" x2="0" y2="5"/></pattern></defs>
            <g class="grid">

            """
        for level in 0...scaleMax {
            let gx = n(x(Double(level)))
            out.bytes += ("<line x1=\"\(gx)\" y1=\"\(n(Self.top))\" x2=\"\(gx)\" y2=\"\(n(plotBottom))\"/><text x=\"\(gx)\" y=\"\(n(plotBottom + 14))\" text-anchor=\"middle\">\(level)</text>\n" as HTML).bytes
        }
        out.bytes += ("</g>\n" as HTML).bytes + body.bytes
        out.bytes += ("""
            <g class="legend" transform="translate(0,\(n(legendY)))">
            <rect class="bar old" x="0" y="-9" width="14" height="10"/><text x="20" y="0">\(old) (solid, upper bar)</text>
            <rect class="bar new" x="0" y="\(n(Self.legendLine - 9))" width="14" height="10" fill="url(#hatch-new)"/><text x="20" y="\(n(Self.legendLine))">\(new) (hatched, lower bar)</text>
            <line class="target" x1="7" y1="\(n(2 * Self.legendLine - 11))" x2="7" y2="\(n(2 * Self.legendLine + 3))"/><text x="20" y="\(n(2 * Self.legendLine))">Target of each side</text>
            </g>
            </svg>

            """ as HTML).bytes
        return out
    }

    /// One domain: its wrapped title, two bars, two target ticks and the two values; moves `y`
    /// past it.
    private func row(_ d: Comparison.DomainChange, y: inout Double, old: String, new: String) -> HTML {
        let lines = Self.wrap(stripControls(d.title), width: Self.labelCharacters)
        let barsHeight = 2 * Self.barHeight + Self.barGap
        let height = max(barsHeight, Double(lines.count) * Self.lineHeight) + Self.rowPadding
        let top = y + (height - barsHeight) / 2
        let target = d.newTarget ?? d.oldTarget
        var out: HTML = """
            <g class="row">
            <title>\(stripControls(d.title)) (\(d.id)): \(old) \(Format.score(d.change.oldScore)), \(new) \(Format.score(d.change.newScore)), target \(target.map(String.init) ?? Format.none)</title>
            <text class="label" x="8" y="\(n(y + (height - Double(lines.count) * Self.lineHeight) / 2 + 10))">
            """
        for (i, line) in lines.enumerated() {
            let dy: HTML = i == 0 ? "" : " dy=\"\(n(Self.lineHeight))\""
            out.bytes += ("<tspan x=\"8\"\(dy)>\(line)</tspan>" as HTML).bytes
        }
        out.bytes += ("</text>\n" as HTML).bytes
        out.bytes += bar(d.change.oldScore, target: d.oldTarget, y: top, style: "old").bytes
        out.bytes += bar(d.change.newScore, target: d.newTarget, y: top + Self.barHeight + Self.barGap, style: "new").bytes
        out.bytes += ("</g>\n" as HTML).bytes
        y += height
        return out
    }

    /// One side's bar (none without a score), its target tick and its value at the right.
    private func bar(_ score: Double?, target: Int?, y: Double, style: String) -> HTML {
        var out = HTML(stringLiteral: "")
        if let score {
            let fill: HTML = style == "new" ? " fill=\"url(#hatch-new)\"" : ""
            out.bytes += ("<rect class=\"bar \(style)\" x=\"\(n(Self.plotLeft))\" y=\"\(n(y))\" width=\"\(n(max(x(score) - Self.plotLeft, Self.minimumBar)))\" height=\"\(n(Self.barHeight))\"\(fill)/>\n" as HTML).bytes
        }
        if let target {
            let tx = n(x(Double(target)))
            out.bytes += ("<line class=\"target\" x1=\"\(tx)\" y1=\"\(n(y - 1))\" x2=\"\(tx)\" y2=\"\(n(y + Self.barHeight + 1))\"/>\n" as HTML).bytes
        }
        out.bytes += ("<text class=\"value \(style)\" x=\"\(n(Self.plotLeft + Self.plotWidth + 8))\" y=\"\(n(y + Self.barHeight - 1.5))\">\(Format.score(score))</text>\n" as HTML).bytes
        return out
    }

    /// `text` broken at spaces into lines of at most `width` characters; a word longer than
    /// a line is split across lines, so nothing is ever cut off.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            while word.count > width {
                if !line.isEmpty { lines.append(line); line = "" }
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// A coordinate written compactly.
    private func n(_ value: Double) -> String { Format.number(value) }
}
