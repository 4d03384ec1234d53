/// The formats a report can be rendered in.
public enum ReportFormat: String, Sendable, CaseIterable, CustomStringConvertible {
    /// A compact terminal summary for a chief executive.
    case text
    /// The canonical JSON report; every other format is rendered from the same model.
    case json
    /// One self-contained HTML file, printable to A4.
    case html
    /// Markdown with tables, for wikis and pull requests.
    case md
    /// One CSV row per question.
    case csv
    /// The improvement plan as CSV, one row per recommendation.
    case planCSV = "plan-csv"

    /// The usual file extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .json: "json"
        case .html: "html"
        case .md: "md"
        case .csv, .planCSV: "csv"
        }
    }

    /// What to append to a base file name so that every format gets a distinct file,
    /// e.g. `.csv` and `.plan.csv`.
    public var fileSuffix: String {
        self == .planCSV ? ".plan.csv" : "." + fileExtension
    }

    /// Whether the format is rendered from a Mustache template that `RenderOptions.template`
    /// can replace.
    public var usesTemplate: Bool { self == .html || self == .md }

    public var description: String { rawValue }
}
