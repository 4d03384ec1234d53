/// The Markdown layout: `#` headings, pipe tables, bullet lists. Every string from the
/// reports is escaped so that it reads as plain text (no links, emphasis or raw HTML).
enum ComparisonMarkdownLayout {
    static func render(_ document: ComparisonDocument) -> String {
        var out = "# " + escape(document.title) + "\n"
        for section in document.sections {
            out += "\n## " + escape(section.title) + "\n"
            for block in section.blocks {
                if case .chart = block { continue }
                out += "\n"
                switch block {
                case .paragraph(let cells):
                    out += cells.map { escape($0.text) }.joined() + "\n"
                case .list(let items):
                    for item in items {
                        out += "- " + item.line.map { escape($0.text) }.joined() + "\n"
                        for detail in item.details { out += "  - " + escape(detail) + "\n" }
                    }
                case .chart:
                    break
                case .table(let header, let rows):
                    out += "| " + header.map(escape).joined(separator: " | ") + " |\n"
                    out += "|" + header.map { _ in " --- |" }.joined() + "\n"
                    for row in rows {
                        out += "| " + row.map { cell($0) }.joined(separator: " | ") + " |\n"
                    }
                }
            }
        }
        return out
    }

    /// Table cells keep their leading indentation as non-breaking spaces.
    private static func cell(_ cell: ComparisonDocument.Cell) -> String {
        let indent = cell.text.prefix { $0 == " " }.count
        return String(repeating: "&nbsp;", count: indent) + escape(String(cell.text.dropFirst(indent)))
    }

    static func escape(_ text: String) -> String { Escaping.markdown(text) }
}
