/// The HTML layout: one self-contained page (inline CSS, no scripts, no external resources).
/// Every string from the reports is HTML-escaped.
enum ComparisonHTMLLayout {
    static func render(_ document: ComparisonDocument) -> String {
        var out = """
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
        for section in document.sections {
            out += "<section>\n<h2>\(escape(section.title))</h2>\n"
            for block in section.blocks {
                switch block {
                case .paragraph(let cells):
                    out += "<p>" + cells.map(span).joined() + "</p>\n"
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

    private static func span(_ cell: ComparisonDocument.Cell) -> String {
        cell.tone == .plain ? escape(cell.text) : "<span class=\"\(cell.tone.rawValue)\">\(escape(cell.text))</span>"
    }

    static func escape(_ text: String) -> String { Escaping.html(text) }
}
