import Assessment

/// Renders a report in any `ReportFormat`.
public enum ReportRenderer {
    /// The report's bytes in `format` (UTF-8 for the text formats).
    ///
    /// - Throws: `ReportError.templateNotSupported` when `options.template` is given for a
    ///   format other than html or md; `.templateSyntax` when that template does not parse;
    ///   `.encoding` when the JSON cannot be encoded.
    public static func render(_ report: Report, as format: ReportFormat, options: RenderOptions = RenderOptions()) throws(ReportError) -> [UInt8] {
        if options.template != nil, !format.usesTemplate {
            throw .templateNotSupported(format: format)
        }
        switch format {
        case .text: return TextRenderer.render(report, options: options)
        case .json: return try JSONRenderer.render(report)
        case .html: return try HTMLRenderer.render(report, template: options.template)
        case .md: return try MarkdownRenderer.render(report, template: options.template)
        case .csv: return CSVRenderer.render(report)
        case .planCSV: return PlanCSVRenderer.render(report)
        }
    }
}
