import Assessment
import Audit

/// Renders an `AssuranceReview` as text, Markdown, a self-contained HTML page, or JSON.
package enum ReviewRenderer {
    /// The review's bytes in `format`; `colour` applies to `text` only.
    package static func render(_ review: AssuranceReview, as format: ComparisonFormat, colour: Bool = false) throws(ReportError) -> [UInt8] {
        let document = ComparisonDocument(title: ReviewSections.title(review), sections: ReviewSections.sections(review))
        switch format {
        case .json:
            do {
                return try CanonicalJSON.encode(review, for: "the review")
            } catch {
                throw .encoding(format: .json, reason: error.problems.map(\.message).joined(separator: "; "))
            }
        case .text: return Array(ComparisonTextLayout(colour: colour).render(document).utf8)
        case .md: return Array(ComparisonMarkdownLayout.render(document).utf8)
        case .html: return Array(ComparisonHTMLLayout.render(document).utf8)
        }
    }
}
