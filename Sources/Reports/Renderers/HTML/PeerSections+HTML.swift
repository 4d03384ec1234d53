import Assessment

extension HTMLReportLayout {
    /// The peer comparison section (`PeerTable`) after the chart, when the report has peer
    /// figures: byte for byte the bundled template's `{{#peerTable}}` section.
    mutating func peerTable() {
        guard let table = PeerTable(report) else { return }
        out("""
            <section id="peers">
            <h2>Peer comparison</h2>
            <p class="meta">\(table.caption)</p>
            <table class="peers">
            <thead><tr><th>Score</th><th class="num">This body</th><th class="num">Peer Q1</th><th class="num">Peer median</th><th class="num">Peer Q3</th><th class="num">Percentile</th><th class="num">Percentile in type</th></tr></thead>
            <tbody>

            """)
        for row in table.rows {
            let f = PeerTable.figures(row)
            let rowClass = row.kind == .domain ? "item" : "group"
            out("<tr class=\"\(rowClass)\"><td>\(PeerTable.prefix(row))\(row.label) <span class=\"id\">\(row.key)</span></td><td class=\"num\">\(f[0])</td><td class=\"num\">\(f[1])</td><td class=\"num\">\(f[2])</td><td class=\"num\">\(f[3])</td><td class=\"num\">\(f[4])</td><td class=\"num\">\(f[5])</td></tr>\n")
        }
        out("</tbody>\n</table>\n</section>\n\n")
    }
}
