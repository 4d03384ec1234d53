import Assessment
import CyberYAML

/// Failures of rendering a report, each with enough context to act on.
public enum ReportError: DiagnosticError, Sendable, Equatable {
    /// A Mustache template could not be parsed. `template` names it ("custom template" or the
    /// bundled file's name); `line` and `column` are 1-based; `text` is the offending line.
    case templateSyntax(template: String, line: Int, column: Int, text: String, reason: String)
    /// A custom template was given for a format that is not rendered from a template.
    case templateNotSupported(format: ReportFormat)
    /// The report could not be encoded (e.g. a score that is not a finite number).
    case encoding(format: ReportFormat, reason: String)
    /// A rendered report could not be written.
    case output(AssessmentError)

    public var description: String {
        switch self {
        case .templateSyntax(let template, let line, let column, let text, let reason):
            let caret = String(repeating: " ", count: max(0, column - 1)) + "^"
            return "\(template):\(line):\(column): \(reason)\n  \(text)\n  \(caret)"
        case .templateNotSupported(let format):
            return "a template applies only to the html and md formats, not '\(format.rawValue)'"
        case .encoding(let format, let reason):
            return "cannot render the \(format.rawValue) report: \(reason)"
        case .output(let error):
            return error.description
        }
    }

    /// A template's syntax error points at its line and column; the rest name no place.
    public var problems: [Problem] {
        switch self {
        case .templateSyntax(let template, let line, let column, let text, let reason):
            let caret = String(repeating: " ", count: max(0, column - 1)) + "^"
            return [Problem(file: template, mark: Mark(line: line, column: column), message: "\(reason)\n  \(text)\n  \(caret)")]
        case .output(let error):
            return error.problems
        default:
            return [Problem(file: "", mark: nil, message: description)]
        }
    }

    /// A template given for a format without one is a usage error.
    public var isUsage: Bool {
        if case .templateNotSupported = self { true } else { false }
    }
}
