import Assessment
import Audit
import Reports
import Store

/// The region's scores per period: bodies, and the median and quartiles of the overall and
/// each topic score across bodies.
package struct RegionalTrend: Sendable {
    /// One line: the overall score or a topic, with its statistics per period.
    package struct Line: Sendable {
        package var id: String
        package var statistics: [Statistics?]
    }

    package var periods: [String]
    /// Bodies scored per period.
    package var bodies: [Int]
    /// The overall line, then one per topic in id order.
    package var lines: [Line]

    /// The trend of the store's periods.
    package init(_ scores: [PeriodScores]) {
        periods = scores.map(\.period)
        bodies = scores.map(\.overall.count)
        lines = [Line(id: "overall", statistics: scores.map { Statistics($0.overall) })]
        for topic in Set(scores.flatMap(\.topics.keys)).sorted() {
            lines.append(Line(id: topic, statistics: scores.map { $0.topics[topic].flatMap(Statistics.init) }))
        }
    }

    /// The trend in `format`: a table of median (q1–q3) per line and period, with a sparkline
    /// of the medians, or in HTML a chart of each line's median and quartile band.
    package func render(as format: TrendFormat) -> [UInt8] {
        let cells = lines.map { line in line.statistics.map { $0.map { "\(TrendWords.score($0.median)) (\(TrendWords.score($0.q1))–\(TrendWords.score($0.q3)))" } ?? "—" } }
        let sparks = lines.map { Sparkline.render($0.statistics.map { $0?.median }, maximum: 5) }
        let counts = bodies.map(String.init)
        switch format {
        case .text:
            // Periods and ids from the store, made safe for a terminal.
            let periods = periods.map(sanitizeForTerminal), ids = lines.map { sanitizeForTerminal($0.id) }
            let width = max(24, ids.map(\.count).max() ?? 0) + 2
            let column = max(20, (cells.flatMap { $0 }.map(\.count).max() ?? 0) + 2)
            func pad(_ s: String, _ n: Int, left: Bool = false) -> String {
                let space = String(repeating: " ", count: max(0, n - s.count))
                return left ? space + s : s + space
            }
            var out = "Regional trend: median (lower–upper quartile) per period\n\n"
            out += pad("", width) + periods.map { pad($0, column, left: true) }.joined() + "  trend\n"
            out += pad("bodies", width) + counts.map { pad($0, column, left: true) }.joined() + "\n"
            for i in lines.indices {
                out += pad(ids[i], width) + cells[i].map { pad($0, column, left: true) }.joined() + "  " + sparks[i] + "\n"
            }
            return Array(out.utf8)
        case .md:
            let e = Escaping.markdown
            var out = "# Regional trend\n\nMedian (lower–upper quartile) per period.\n\n| | " + periods.map(e).joined(separator: " | ") + " | trend |\n"
            out += "|---|" + String(repeating: "---:|", count: periods.count) + "---|\n"
            out += "| bodies | " + counts.joined(separator: " | ") + " | |\n"
            for (i, line) in lines.enumerated() { out += "| \(e(line.id)) | " + cells[i].joined(separator: " | ") + " | \(sparks[i]) |\n" }
            return Array(out.utf8)
        case .html:
            let e = Escaping.html
            var body = "<h1>Regional trend</h1><p class=\"muted\">Median per period; the thin lines are the lower and upper quartiles.</p><div class=\"charts\">"
            for line in lines {
                let chart = LineChart(periods: periods, maximum: 5, target: nil, lines: [
                    .init(label: "upper quartile", values: line.statistics.map { $0?.q3 }, colour: "#9fb3c8", width: 1),
                    .init(label: "median", values: line.statistics.map { $0?.median }, colour: "#1f2933", width: 2.5),
                    .init(label: "lower quartile", values: line.statistics.map { $0?.q1 }, colour: "#9fb3c8", width: 1),
                ])
                body += "<figure><figcaption>\(e(line.id))</figcaption>\(chart.svg())</figure>"
            }
            body += "</div><table><tr><th></th>" + periods.map { "<th class=\"n\">\(e($0))</th>" }.joined() + "</tr>"
            body += "<tr><td>bodies</td>" + counts.map { "<td class=\"n\">\($0)</td>" }.joined() + "</tr>"
            for (i, line) in lines.enumerated() {
                body += "<tr><td>\(e(line.id))</td>" + cells[i].map { "<td class=\"n\">\($0)</td>" }.joined() + "</tr>"
            }
            return Array(RegionPage.render(title: "Regional trend", body: body + "</table>").utf8)
        }
    }
}
