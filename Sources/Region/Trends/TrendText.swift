import Reports

/// The trend as a terminal table: a row per line with its scores per period and a sparkline,
/// then comparability and regressions between periods. Every text from the reports (names,
/// ids, periods, versions) is made safe for a terminal first, as the reports' own text is.
enum TrendText {
    static func render(_ trend: Trend) -> String {
        let clean = sanitizeForTerminal
        let periods = trend.periods.map(clean)
        var out = "Trend for \(clean(trend.body.name)) (\(clean(trend.body.id))), \(periods.first!) to \(periods.last!)\n\n"
        let labels = trend.series.map { ($0.kind == .domain ? "  " : "") + clean($0.kind == .domain ? $0.id : $0.title) }
        let width = max(12, labels.map(\.count).max() ?? 0)
        let column = max(8, periods.map(\.count).max() ?? 0) + 2
        func pad(_ text: String, _ n: Int, left: Bool = false) -> String {
            let space = String(repeating: " ", count: max(0, n - text.count))
            return left ? space + text : text + space
        }
        out += pad("", width) + periods.map { pad($0, column, left: true) }.joined() + "  trend   target\n"
        for (series, label) in zip(trend.series, labels) {
            var row = pad(label, width) + series.scores.map { pad(TrendWords.score($0), column, left: true) }.joined()
            row += "  " + pad(Sparkline.render(series.scores, maximum: Double(trend.scaleMax)), 6)
            row += "  " + (series.target.map { TrendWords.score($0) } ?? "")
            while row.hasSuffix(" ") { row.removeLast() }
            out += row + "\n"
        }
        for step in trend.steps {
            out += "\n\(clean(step.old.period)) → \(clean(step.new.period)): \(clean(TrendWords.comparability(step)))\n"
            for regression in step.regressions { out += "  regression: \(clean(regression.description))\n" }
        }
        return out
    }
}
