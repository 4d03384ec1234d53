import Reports

/// The trend as Markdown: the score table with sparklines, then one section per step.
enum TrendMarkdown {
    static func render(_ trend: Trend) -> String {
        let e = Escaping.markdown
        var out = "# Trend for \(e(trend.body.name)) (\(e(trend.body.id)))\n\n"
        out += "| | " + trend.periods.map(e).joined(separator: " | ") + " | trend | target |\n"
        out += "|---|" + String(repeating: "---:|", count: trend.periods.count) + "---|---:|\n"
        for series in trend.series {
            let label = series.kind == .domain ? "↳ \(e(series.id)) \(e(series.title))" : "**\(e(series.title))**"
            out += "| \(label) | " + series.scores.map(TrendWords.score).joined(separator: " | ")
            out += " | \(Sparkline.render(series.scores, maximum: Double(trend.scaleMax))) | \(series.target.map { TrendWords.score($0) } ?? "") |\n"
        }
        for step in trend.steps {
            out += "\n## \(e(step.old.period)) → \(e(step.new.period))\n\n\(e(TrendWords.comparability(step)))\n"
            if step.regressions.isEmpty {
                out += "\nNo regressions.\n"
            } else {
                out += "\n" + step.regressions.map { "- Regression: \(e($0.description))\n" }.joined()
            }
        }
        return out
    }
}
