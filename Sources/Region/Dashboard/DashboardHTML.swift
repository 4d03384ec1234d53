import Assessment
import Reports

/// The regional dashboard as one self-contained, printable page (inline CSS and SVG).
package enum DashboardHTML {
    static let maximum = 5.0

    /// The page for `dashboard`.
    package static func render(_ d: Dashboard) -> String {
        let e = Escaping.html
        var body = "<h1>Regional cyber-resilience dashboard</h1><p class=\"muted\">Period \(e(d.period))"
        body += d.anonymised ? ". Anonymised: no body is named, and groups of fewer than \(d.minGroup) bodies are not shown." : "."
        body += " Dashed red lines mark targets.</p><div class=\"cards\">"
        body += card("bodies scored", "\(d.scored)") + card("files failed", "\(d.failed)")
        if let o = d.overall { body += card("overall median", "\(DecimalText.twoPlaces(o.median))", note: "quartiles \(DecimalText.twoPlaces(o.q1))–\(DecimalText.twoPlaces(o.q3))") }
        body += "</div>"

        body += "<h2>Topics</h2>" + distributionTable(d.topics, profiles: [])
        body += "<h2>Domains</h2><p class=\"muted\">Box: lower to upper quartile, bar: median, whiskers: lowest and highest. "
        body += "Share of bodies whose domain score reaches the level each profile sets.</p>"
        for topic in d.topics {
            body += "<h3>\(e(topic.title))</h3>" + distributionTable(d.domains.filter { $0.topic == topic.id }, profiles: d.profiles)
        }

        body += "<h2>Heat map: bodies × domains</h2><p class=\"muted\">Rows ordered by overall score, highest first."
        if d.bodiesPerRow > 1 {
            body += " \(d.scored) bodies are drawn as \(d.heatMap.count) rows of \(d.bodiesPerRow) bodies adjacent in rank, each cell the mean of its row's scores."
        } else if d.anonymised {
            body += " Names are withheld."
        }
        body += "</p>" + heatMap(d)

        body += "<h2>Five weakest domains</h2><table><tr><th>domain</th><th class=\"n\">median</th><th class=\"n\">target</th><th>spread</th></tr>"
        for w in d.weakest {
            body += "<tr><td>\(e(w.id)) \(e(w.title))</td><td class=\"n\">\(DecimalText.twoPlaces(w.statistics!.median))</td><td class=\"n\">\(DecimalText.short(w.target))</td><td>\(BoxPlot.svg(w.statistics!, target: w.target, maximum: maximum))</td></tr>"
        }
        body += "</table><h2>Most recurring recommendations</h2><table><tr><th>question</th><th>recommendation</th><th class=\"n\">bodies</th></tr>"
        for r in d.recurring {
            body += "<tr><td>\(e(r.question))</td><td>\(e(r.text))</td><td class=\"n\">\(r.bodies) (\(DecimalText.percent(share: Double(r.bodies) / Double(max(1, d.scored)))))</td></tr>"
        }
        body += "</table>"
        body += "<h2>By body type</h2>" + groupTable(d.byType) + "<h2>By region</h2>" + groupTable(d.byRegion)
        if d.suppressedGroups > 0 {
            body += "<p class=\"muted\">\(d.suppressedGroups) type or region group\(d.suppressedGroups == 1 ? "" : "s") with fewer than \(d.minGroup) bodies not shown.</p>"
        }
        return RegionPage.render(title: "Regional dashboard \(d.period)", body: body)
    }

    static func card(_ label: String, _ value: String, note: String? = nil) -> String {
        "<div class=\"card\"><b>\(Escaping.html(value))</b>\(Escaping.html(label))\(note.map { "<br><span class=\"muted\">\(Escaping.html($0))</span>" } ?? "")</div>"
    }

    static func distributionTable(_ items: [Dashboard.Distribution], profiles: [String]) -> String {
        let e = Escaping.html
        var out = "<table><tr><th></th><th>0 – 5</th><th class=\"n\">median</th><th class=\"n\">quartiles</th><th class=\"n\">target</th>"
        out += profiles.map { "<th class=\"n\">meet \(e($0))</th>" }.joined() + "</tr>"
        for item in items {
            guard let s = item.statistics else { continue }
            out += "<tr><td>\(e(item.id == item.topic ? item.title : item.id + " " + item.title))</td><td>\(BoxPlot.svg(s, target: item.target, maximum: maximum))</td>"
            out += "<td class=\"n\">\(DecimalText.twoPlaces(s.median))</td><td class=\"n\">\(DecimalText.twoPlaces(s.q1))–\(DecimalText.twoPlaces(s.q3))</td><td class=\"n\">\(DecimalText.short(item.target))</td>"
            out += profiles.map { p in "<td class=\"n\">\(item.meeting[p].map { DecimalText.percent(share: $0) } ?? "—")</td>" }.joined() + "</tr>"
        }
        return out + "</table>"
    }

    static func groupTable(_ groups: [Dashboard.Group]) -> String {
        let e = Escaping.html
        var out = "<table><tr><th></th><th class=\"n\">bodies</th><th>overall 0 – 5</th><th class=\"n\">median</th><th class=\"n\">quartiles</th></tr>"
        for g in groups {
            out += "<tr><td>\(e(g.name))</td><td class=\"n\">\(g.bodies)</td>"
            if let s = g.overall {
                out += "<td>\(BoxPlot.svg(s, target: nil, maximum: maximum))</td><td class=\"n\">\(DecimalText.twoPlaces(s.median))</td><td class=\"n\">\(DecimalText.twoPlaces(s.q1))–\(DecimalText.twoPlaces(s.q3))</td>"
            } else {
                out += "<td></td><td></td><td></td>"
            }
            out += "</tr>"
        }
        return out + "</table>"
    }

    static func heatMap(_ d: Dashboard) -> String {
        let e = Escaping.html
        // A row per body (at most `Dashboard.maxHeatRows`) is tall enough to carry its name; rows
        // of several bodies are thin, every tenth labelled with its ranks.
        let labelWidth = 190.0, cell = 26.0, rowHeight = d.bodiesPerRow == 1 ? 14.0 : 6.0, header = 64.0
        let width = labelWidth + cell * Double(d.domains.count + 1) + 10
        let height = header + rowHeight * Double(d.heatMap.count) + 4
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\">"
        for (i, domain) in d.domains.enumerated() {
            let x = labelWidth + cell * Double(i + 1) + cell / 2
            svg += "<text transform=\"translate(\(Int(x)),\(Int(header - 4))) rotate(-60)\">\(e(domain.id))<title>\(e(domain.title))</title></text>"
        }
        svg += "<text transform=\"translate(\(Int(labelWidth + cell / 2)),\(Int(header - 4))) rotate(-60)\">overall</text>"
        for (r, row) in d.heatMap.enumerated() {
            let y = header + rowHeight * Double(r)
            // Every row is named when rows are tall enough, else every tenth; long names are cut
            // to fit the label column, with the whole name as a tooltip.
            if let label = row.label, rowHeight >= 12 || r % 10 == 0 {
                let shown = label.count > 30 ? String(label.prefix(29)) + "…" : label
                let baseline = Int(y + (rowHeight >= 12 ? rowHeight - 3 : rowHeight))
                svg += "<text x=\"\(Int(labelWidth - 6))\" y=\"\(baseline)\" text-anchor=\"end\" font-size=\"11\">\(e(shown))<title>\(e(label))</title></text>"
            }
            let cells = [row.overall] + row.cells
            for (c, value) in cells.enumerated() {
                let x = labelWidth + cell * Double(c)
                svg += "<rect x=\"\(Int(x))\" y=\"\(DecimalText.fixed(y, places: 1) ?? "0")\" width=\"\(Int(cell - 1))\" height=\"\(DecimalText.fixed(rowHeight - (rowHeight > 8 ? 1 : 0), places: 1) ?? "1")\" fill=\"\(HeatColour.fill(value))\"><title>\(value.map(DecimalText.twoPlaces) ?? "not scored")</title></rect>"
            }
        }
        return svg + "</svg>" + legend()
    }

    static func legend() -> String {
        var out = "<p class=\"muted\">Score: "
        for level in 0...5 { out += "<span style=\"display:inline-block;width:18px;height:12px;background:\(HeatColour.fill(Double(level)))\"></span> \(level) " }
        return out + "</p>"
    }
}
