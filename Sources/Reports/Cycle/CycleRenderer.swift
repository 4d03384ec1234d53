import Assessment
import Audit

/// Renders a `CycleReport`: the organisation's report in the chosen format followed by the
/// scopes, the outcome × system table, reviews and plan findings. `json` is the whole cycle
/// report; `csv` is the outcome × scope table; `plan-csv` the organisation's plan rows.
package enum CycleRenderer {
    /// The cycle report's bytes in `format`.
    package static func render(_ cycle: CycleReport, as format: ReportFormat, options: RenderOptions = RenderOptions()) throws(ReportError) -> [UInt8] {
        switch format {
        case .json:
            do {
                return try CanonicalJSON.encode(cycle, for: "the \(cycle.body.id) cycle report")
            } catch {
                throw .encoding(format: .json, reason: error.problems.map(\.message).joined(separator: "; "))
            }
        case .csv:
            return Array(CycleSections.csv(cycle).utf8)
        case .text, .md, .html, .planCSV:
            let organisation = try ReportRenderer.render(cycle.organisation, as: format, options: options)
            return SectionsAppender.append(CycleSections.sections(cycle), title: CycleSections.title(cycle), to: organisation, format: format, colour: options.colour)
        }
    }
}
