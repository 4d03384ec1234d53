import Assessment

extension MarkdownReportLayout {
    /// The peer comparison section (`PeerTable`) before the topics, when the report has peer
    /// figures: byte for byte the bundled template's `{{#peerTable}}` section.
    mutating func peerTable() {
        guard let table = PeerTable(report) else { return }
        out("""

            ## Peer comparison

            \(table.caption)

            | Score | This body | Peer Q1 | Peer median | Peer Q3 | Percentile | Percentile in type |
            |---|---:|---:|---:|---:|---:|---:|

            """)
        for row in table.rows {
            let f = PeerTable.figures(row)
            out("| \(PeerTable.prefix(row))\(row.label) (\(row.key)) | \(f[0]) | \(f[1]) | \(f[2]) | \(f[3]) | \(f[4]) | \(f[5]) |\n")
        }
    }
}
