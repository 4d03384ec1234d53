import Assessment

extension TextRenderer {
    /// The peer comparison (`PeerTable`) as aligned columns after the scores, when the report
    /// has peer figures; no lines otherwise.
    func peerLines() -> [String] {
        guard let table = PeerTable(report) else { return [] }
        let header = ["", "Score", "Q1", "Median", "Q3", "Pctile", "In type"]
        let body = table.rows.map { row in
            [(row.kind == .domain ? "  " : "") + sanitizeForTerminal(row.label)] + PeerTable.figures(row)
        }
        let labelWidth = min(self.labelWidth, max(5, body.map { $0[0].count }.max() ?? 0))
        let figureWidths = (1..<header.count).map { i in ([header] + body).map { $0[i].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            var text = ANSIText.pad(ANSIText.truncate(cells[0], to: labelWidth), to: labelWidth)
            for (i, cell) in cells.dropFirst().enumerated() {
                text += "  " + String(repeating: " ", count: figureWidths[i] - cell.count) + cell
            }
            return text
        }
        var lines = ["", ANSIText.paint("Peers: \(table.bodies) bodies (quartiles of their scores; this body's percentile among all and among its type)", .bold, enabled: colour)]
        lines.append(line(header))
        lines += body.map(line)
        return lines
    }
}
