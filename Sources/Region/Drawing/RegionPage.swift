import Reports

/// A self-contained, printable page of the region (dashboard, trend): the project's HTML page
/// head and content security policy from `HTMLPage`, with the region's own stylesheet.
enum RegionPage {
    static func render(title: String, body: String) -> String {
        HTMLPage.page(title: title, stylesheet: stylesheet, body: body)
    }

    /// Inline CSS for the cards, tables and charts of the region's pages.
    static let stylesheet: StaticString = """
        body { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2933; margin: 24px auto; max-width: 1120px; padding: 0 16px; }
        h1 { font-size: 24px; margin-bottom: 4px; } h2 { font-size: 18px; margin-top: 28px; border-bottom: 1px solid #d9e2ec; padding-bottom: 4px; }
        table { border-collapse: collapse; margin: 8px 0; } th, td { padding: 3px 8px; border-bottom: 1px solid #e4e7eb; text-align: left; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        .muted { color: #616e7c; } .bad { color: #b42318; } .good { color: #027a48; }
        .cards { display: flex; gap: 12px; flex-wrap: wrap; } .card { border: 1px solid #d9e2ec; border-radius: 6px; padding: 8px 14px; }
        .card b { display: block; font-size: 22px; }
        .charts { display: flex; flex-wrap: wrap; gap: 16px; } figure { margin: 0; } figcaption { font-weight: 600; }
        svg text { font: 11px system-ui, sans-serif; fill: #3e4c59; }
        @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } figure, table { break-inside: avoid; } }

        """
}
