import Assessment

/// One self-contained HTML file (inline CSS and SVG, no external resources, printable to A4),
/// rendered from `Templates/report.html.mustache` or a custom template given the same context.
enum HTMLRenderer {
    static func render(_ report: Report, template: String?) throws(ReportError) -> [UInt8] {
        guard let template else { return try HTMLReportLayout.render(report) }
        return try ReportTemplate.html.render(TemplateContext(report: report).values(), custom: template)
    }
}
