import Assessment
import Audit
import Foundation

/// The formats a comparison can be rendered in.
package enum ComparisonFormat: String, Sendable, CaseIterable, CustomStringConvertible {
    /// For the terminal; coloured only when asked.
    case text
    /// Markdown with tables.
    case md
    /// One self-contained HTML file.
    case html
    /// The comparison as JSON with sorted keys, for tools.
    case json

    package var description: String { rawValue }
}

/// Renders a `Comparison`. Every format shows comparability first; every string from the
/// reports is made safe for the format (terminal controls removed, HTML and Markdown escaped).
package enum ComparisonRenderer {
    /// The comparison's bytes in `format` (UTF-8). `colour` applies to `text` only.
    package static func render(_ comparison: Comparison, as format: ComparisonFormat, colour: Bool = false) throws(ReportError) -> [UInt8] {
        switch format {
        case .json:
            do {
                return try CanonicalJSON.encode(comparison)
            } catch {
                throw .encoding(format: .json, reason: error.problems.map(\.message).joined(separator: "; "))
            }
        case .text:
            return Array(ComparisonTextLayout(colour: colour).render(ComparisonDocument(comparison)).utf8)
        case .md:
            return Array(ComparisonMarkdownLayout.render(ComparisonDocument(comparison)).utf8)
        case .html:
            return Array(ComparisonHTMLLayout.render(ComparisonDocument(comparison), stylesheet: HTMLReportLayout.stylesheet).utf8)
        }
    }
}
