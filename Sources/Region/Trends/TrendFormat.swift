import Assessment
import Audit
import Reports

/// The formats a trend is rendered in.
package enum TrendFormat: String, Sendable, CaseIterable, CustomStringConvertible {
    /// A table with sparklines for the terminal.
    case text
    /// The same tables as Markdown.
    case md
    /// One self-contained page with a line chart per topic.
    case html

    package var description: String { rawValue }
}

/// Renders a trend in one of `TrendFormat`'s formats.
package enum TrendRenderer {
    /// The trend as UTF-8 bytes.
    package static func render(_ trend: Trend, as format: TrendFormat) -> [UInt8] {
        let text: String
        switch format {
        case .text: text = TrendText.render(trend)
        case .md: text = TrendMarkdown.render(trend)
        case .html: text = TrendHTML.render(trend)
        }
        return Array(text.utf8)
    }
}

/// What the formats share: score text and the step summaries.
enum TrendWords {
    static func score(_ value: Double?) -> String { value.map(DecimalText.twoPlaces) ?? "—" }

    /// "2025-26 → 2026-27: 95% of questions in common; cyber-resilience 1.0.0 → 1.1.0; 3 added, 1 removed"
    static func comparability(_ step: Comparison) -> String {
        let k = step.comparability
        var parts = ["\(DecimalText.percent(share: k.share)) of questions in common" + (k.weak ? " (weak)" : "")]
        parts += k.versionChanges
        if k.onlyNew > 0 { parts.append("\(k.onlyNew) question\(k.onlyNew == 1 ? "" : "s") added") }
        if k.onlyOld > 0 { parts.append("\(k.onlyOld) question\(k.onlyOld == 1 ? "" : "s") removed") }
        return parts.joined(separator: "; ")
    }
}
