import Assessment

/// The report as Markdown with tables, for wikis and pull requests, rendered from
/// `Templates/report.md.mustache` or a custom template given the same context. `{{value}}`
/// is escaped for Markdown (see `Escaping.markdown`).
enum MarkdownRenderer {
    static func render(_ report: Report, template: String?) throws(ReportError) -> [UInt8] {
        guard let template else { return MarkdownReportLayout.render(report) }
        return try ReportTemplate.markdown.render(TemplateContext(report: report).values(), custom: template)
    }
}
