/// The terminal layout: headings, aligned table columns, bullet lists; ANSI colour by tone
/// only when `colour` is set.
struct ComparisonTextLayout {
    var colour: Bool

    func render(_ document: ComparisonDocument) -> String {
        var lines = [paint(clean(document.title), .bold)]
        for section in document.sections {
            lines.append("")
            lines.append(paint(clean(section.title), .bold))
            for block in section.blocks { lines += render(block) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func render(_ block: ComparisonDocument.Block) -> [String] {
        switch block {
        case .paragraph(let cells):
            return ["  " + cells.map(show).joined()]
        case .list(let items):
            return items.flatMap { item in
                ["  - " + item.line.map(show).joined()] + item.details.map { "      " + clean($0) }
            }
        case .chart:
            return []
        case .table(let header, let rows):
            let all = [header.map { ComparisonDocument.Cell($0) }] + rows
            let columns = all.map(\.count).max() ?? 0
            let widths = (0..<columns).map { i in all.map { i < $0.count ? clean($0[i].text).count : 0 }.max() ?? 0 }
            return all.enumerated().map { r, row in
                let cells = row.enumerated().map { i, cell in
                    let text = clean(cell.text)
                    let padded = i == row.count - 1 ? text : text + String(repeating: " ", count: widths[i] - text.count)
                    return r == 0 ? paint(padded, .bold) : tone(padded, cell.tone)
                }
                return "  " + trimTrailing(cells.joined(separator: "  "))
            }
        }
    }

    private func show(_ cell: ComparisonDocument.Cell) -> String { tone(clean(cell.text), cell.tone) }

    private func tone(_ text: String, _ tone: ComparisonDocument.Tone) -> String {
        switch tone {
        case .plain: text
        case .good: paint(text, .green)
        case .bad: paint(text, .red)
        case .warn: paint(text, .yellow)
        case .muted: paint(text, .dim)
        }
    }

    private func paint(_ text: String, _ c: ANSIText.Colour) -> String {
        text.isEmpty ? text : ANSIText.paint(text, c, enabled: colour)
    }

    private func clean(_ text: String) -> String { sanitizeForTerminal(text) }

    private func trimTrailing(_ text: String) -> String {
        var t = text
        while t.hasSuffix(" ") { t.removeLast() }
        return t
    }
}
