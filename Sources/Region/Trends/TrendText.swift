/// The trend as a terminal table: a row per line with its scores per period and a sparkline,
/// then comparability and regressions between periods.
enum TrendText {
    static func render(_ trend: Trend) -> String {
        var out = "Trend for \(trend.body.name) (\(trend.body.id)), \(trend.periods.first!) to \(trend.periods.last!)\n\n"
        let labels = trend.series.map { ($0.kind == .domain ? "  " : "") + ($0.kind == .domain ? $0.id : $0.title) }
        let width = max(12, labels.map(\.count).max() ?? 0)
        let column = max(8, trend.periods.map(\.count).max() ?? 0) + 2
        func pad(_ text: String, _ n: Int, left: Bool = false) -> String {
            let space = String(repeating: " ", count: max(0, n - text.count))
            return left ? space + text : text + space
        }
        out += pad("", width) + trend.periods.map { pad($0, column, left: true) }.joined() + "  trend   target\n"
        for (series, label) in zip(trend.series, labels) {
            var row = pad(label, width) + series.scores.map { pad(TrendWords.score($0), column, left: true) }.joined()
            row += "  " + pad(Sparkline.render(series.scores, maximum: Double(trend.scaleMax)), 6)
            row += "  " + (series.target.map { TrendWords.score($0) } ?? "")
            while row.hasSuffix(" ") { row.removeLast() }
            out += row + "\n"
        }
        for step in trend.steps {
            out += "\n\(step.old.period) → \(step.new.period): \(TrendWords.comparability(step))\n"
            for regression in step.regressions { out += "  regression: \(regression.description)\n" }
        }
        return out
    }
}
