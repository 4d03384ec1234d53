import Assessment
import Audit

/// The HTML layout: one self-contained page (inline CSS, no scripts, no external resources).
/// Every string from the reports is HTML-escaped.
enum ComparisonHTMLLayout {
    /// The page. With `stylesheet` (the single report's) and a document of a comparison, it
    /// opens like the single report, with the same head and header; otherwise with a plain
    /// page of its own.
    static func render(_ document: ComparisonDocument, stylesheet: Markup<HTMLEscaping>? = nil) -> String {
        var out: String
        if let stylesheet, let comparison = document.comparison {
            out = String(decoding: HTMLPage.head(title: document.title, stylesheet: stylesheet, extraStyle: comparisonStyle).bytes, as: UTF8.self)
            out += String(decoding: header(comparison).bytes, as: UTF8.self)
        } else {
            out = plainHead(document)
        }
        for section in document.sections {
            out += "<section>\n<h2>\(escape(section.title))</h2>\n"
            for block in section.blocks {
                switch block {
                case .paragraph(let cells):
                    out += "<p>" + cells.map(span).joined() + "</p>\n"
                case .chart(let comparison):
                    let chart = ComparisonChart(comparison: comparison)
                    if !chart.isEmpty { out += String(decoding: chart.svg().bytes, as: UTF8.self) }
                case .list(let items):
                    out += "<ul>\n"
                    for item in items {
                        out += "<li>" + item.line.map(span).joined()
                        for detail in item.details { out += "<div class=\"details\">\(escape(detail))</div>" }
                        out += "</li>\n"
                    }
                    out += "</ul>\n"
                case .table(let header, let rows):
                    out += "<table>\n<thead><tr>" + header.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
                    for row in rows {
                        out += "<tr>" + row.map { cell in
                            let indent = cell.text.prefix { $0 == " " }.count
                            let style = indent > 0 ? " style=\"padding-left: \(indent)rem\"" : ""
                            let text = escape(String(cell.text.dropFirst(indent)))
                            return cell.tone == .plain ? "<td\(style)>\(text)</td>" : "<td class=\"\(cell.tone.rawValue)\"\(style)>\(text)</td>"
                        }.joined() + "</tr>\n"
                    }
                    out += "</tbody>\n</table>\n"
                }
            }
            out += "</section>\n"
        }
        return out + "</body>\n</html>\n"
    }

    /// The page head of documents other than comparisons (scopes, reviews, plans).
    private static func plainHead(_ document: ComparisonDocument) -> String {
        """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(document.title))</title>
            <style>
            body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
            table { border-collapse: collapse; margin: 0.5rem 0; }
            th, td { border-bottom: 1px solid #ddd; padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
            .good { color: #1a7f37; } .bad { color: #c62828; font-weight: 600; } .warn { color: #9a6700; } .muted { color: #777; }
            .details { color: #555; font-size: 0.92em; white-space: pre-wrap; }
            @media print { body { margin: 0; } }
            </style>
            </head>
            <body>
            <h1>\(escape(document.title))</h1>

            """
    }

    /// What a comparison page needs beyond the single report's stylesheet: tones and the
    /// chart's two series (solid and hatched, so they differ in greyscale too).
    static let comparisonStyle: Markup<HTMLEscaping> = """
        .good { color: var(--met); }
        .bad { color: var(--below); font-weight: 600; }
        .warn { color: var(--near); font-weight: 600; }
        .muted { color: var(--muted); }
        .details { color: var(--muted); font-size: 12px; white-space: pre-wrap; }
        .chart .bar.old { fill: #455a64; }
        .chart .bar.new { stroke: #8a3c00; stroke-width: 1; }
        .chart .hatch-ground { fill: #f3b27a; }
        .chart .hatch-line { stroke: #8a3c00; stroke-width: 2.2; }
        .chart .value.new { font-style: italic; }

        """

    /// The single report's header, with both sides among the facts.
    private static func header(_ c: Comparison) -> Markup<HTMLEscaping> {
        let title = c.differentBodies ? "\(stripControls(c.old.body.name)) and \(stripControls(c.new.body.name))" : stripControls(c.new.body.name)
        func facts(_ side: Comparison.Side) -> [HTMLPage.Fact] {
            var assessed = side.date.description
            if let assessor = side.assessor { assessed += " by " + stripControls(assessor) }
            return [
                .init(term: stripControls(side.label), value: "\(stripControls(side.body.name)) (\(stripControls(side.body.id))), period \(stripControls(side.period))"),
                .init(term: "Assessed", value: assessed),
            ]
        }
        return HTMLPage.header(
            kicker: "Cyber resilience comparison: \(stripControls(c.old.label)) → \(stripControls(c.new.label))",
            title: title, facts: facts(c.old) + facts(c.new))
    }

    private static func span(_ cell: ComparisonDocument.Cell) -> String {
        cell.tone == .plain ? escape(cell.text) : "<span class=\"\(cell.tone.rawValue)\">\(escape(cell.text))</span>"
    }

    static func escape(_ text: String) -> String { Escaping.html(text) }
}
