import Assessment

/// Adds document sections to a rendered report or comparison: after the text or Markdown, and
/// inside the HTML page before `</body>`, so the page stays one self-contained file.
enum SectionsAppender {
    /// Styles for the tones the sections use, which the report's own page does not define.
    static let toneStyle = "<style>.good { color: #2e7d32; } .bad { color: #c62828; font-weight: 600; } .warn { color: #b26a00; } .muted { color: #5f6368; }</style>\n"

    static func append(_ sections: [ComparisonDocument.Section], title: String, to rendered: [UInt8], format: ReportFormat, colour: Bool) -> [UInt8] {
        guard !sections.isEmpty else { return rendered }
        let document = ComparisonDocument(title: title, sections: sections)
        switch format {
        case .text:
            return rendered + Array(("\n" + ComparisonTextLayout(colour: colour).render(document)).utf8)
        case .md:
            let md = ComparisonMarkdownLayout.render(document)
            return rendered + Array(("\n" + md.replacingOccurrences(of: "\n## ", with: "\n### ").replacingOccurrences(of: "# ", with: "## ", options: .anchored)).utf8)
        case .html:
            let page = ComparisonHTMLLayout.render(document)
            guard let start = page.range(of: "<section>"), let end = page.range(of: "</body>", options: .backwards) else { return rendered }
            let fragment = toneStyle + "<h2>\(Escaping.html(title))</h2>\n" + page[start.lowerBound..<end.lowerBound]
                .replacingOccurrences(of: "<h2>", with: "<h3>").replacingOccurrences(of: "</h2>", with: "</h3>")
            let html = String(decoding: rendered, as: UTF8.self)
            guard let close = html.range(of: "</body>", options: .backwards) else { return rendered + Array(fragment.utf8) }
            return Array((html[..<close.lowerBound] + fragment + html[close.lowerBound...]).utf8)
        case .json, .csv, .planCSV:
            return rendered
        }
    }
}
