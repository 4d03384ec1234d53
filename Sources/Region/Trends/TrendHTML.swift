import Assessment
import Reports

/// The trend as one self-contained page: a line chart per topic (the topic bold, its domains
/// thin, the target dashed), the score table, and comparability and regressions per step.
enum TrendHTML {
    static let palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]

    static func render(_ trend: Trend) -> String {
        let e = Escaping.html
        var body = "<h1>Trend for \(e(trend.body.name)) <span class=\"muted\">(\(e(trend.body.id)))</span></h1>"
        body += "<p class=\"muted\">\(e(trend.periods.first!)) to \(e(trend.periods.last!)), \(trend.periods.count) periods. Dashed line: target.</p>"
        body += "<div class=\"charts\">"
        body += figure("Overall", chart(trend, lines: [line(trend.series[0], colour: "#1f2933", width: 2.5)], target: nil))
        for topic in trend.series where topic.kind == .topic {
            let domains = trend.series.filter { $0.kind == .domain && $0.topic == topic.id }
            let lines = [line(topic, colour: "#1f2933", width: 2.5)]
                + domains.enumerated().map { line($1, colour: palette[$0 % palette.count], width: 1) }
            body += figure(topic.title, chart(trend, lines: lines, target: topic.target))
        }
        body += "</div><h2>Scores per period</h2><table><tr><th></th>"
        body += trend.periods.map { "<th class=\"n\">\(e($0))</th>" }.joined() + "<th class=\"n\">target</th></tr>"
        for series in trend.series {
            let label = series.kind == .domain ? "&nbsp;&nbsp;\(e(series.id)) \(e(series.title))" : "<b>\(e(series.title))</b>"
            body += "<tr><td>\(label)</td>" + series.scores.map { "<td class=\"n\">\(TrendWords.score($0))</td>" }.joined()
            body += "<td class=\"n\">\(series.target.map { TrendWords.score($0) } ?? "")</td></tr>"
        }
        body += "</table><h2>Between periods</h2>"
        for step in trend.steps {
            body += "<h3>\(e(step.old.period)) → \(e(step.new.period))</h3><p>\(e(TrendWords.comparability(step)))</p>"
            body += step.regressions.isEmpty ? "<p class=\"good\">No regressions.</p>"
                : "<ul>" + step.regressions.map { "<li class=\"bad\">Regression: \(e($0.description))</li>" }.joined() + "</ul>"
        }
        return RegionPage.render(title: "Trend for \(trend.body.name)", body: body)
    }

    static func line(_ series: Trend.Series, colour: String, width: Double) -> LineChart.Line {
        LineChart.Line(label: series.kind == .domain ? "\(series.id) \(series.title)" : series.title, values: series.scores, colour: colour, width: width)
    }

    static func chart(_ trend: Trend, lines: [LineChart.Line], target: Double?) -> String {
        LineChart(periods: trend.periods, maximum: Double(trend.scaleMax), target: target, lines: lines).svg()
    }

    static func figure(_ caption: String, _ svg: String) -> String {
        "<figure><figcaption>\(Escaping.html(caption))</figcaption>\(svg)</figure>"
    }
}
