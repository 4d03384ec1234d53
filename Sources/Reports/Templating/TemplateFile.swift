import Assessment
import CyberYAML

/// A custom Mustache template read from the user's file, scanned (see `TemplateScan`) before
/// anything parses it.
package struct TemplateFile: Sendable {
    /// The largest template accepted: far above any real report template.
    package static let maxBytes = 1 << 20

    /// Where the template was read from.
    package var path: String
    /// The template's text.
    package var text: String
    /// The tags that write input text unescaped, for a warning (or a refusal under `--strict`).
    package var rawOutputs: [TemplateScan.RawOutput]

    /// Reads a template, refusing a file that is too large, not UTF-8, nested deeper than
    /// `TemplateScan.maxDepth` or changing the tag delimiters; refusals name the line and
    /// column.
    package static func read(_ path: String) throws(AssessmentError) -> TemplateFile {
        var limits = LoaderLimits.default
        limits.maxBytes = maxBytes
        let bytes = try FileBytes.read(path, limits: limits)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .unreadable(path: path, reason: "is not UTF-8 text; save the template as UTF-8")
        }
        do {
            return TemplateFile(path: path, text: text, rawOutputs: try TemplateScan(text).rawOutputs)
        } catch {
            throw .invalid([Problem(file: path, mark: error.mark, message: error.message)])
        }
    }

    /// One problem per unescaped-output tag: a warning, or with `refused` an error.
    package func rawOutputProblems(refused: Bool) -> [Problem] {
        rawOutputs.map { raw in
            let fix = raw.escapedForm.map { "write \($0) to escape it" } ?? "leave the content type to cyberassess"
            return Problem(file: path, mark: raw.mark, message: refused
                ? "\(raw.tag) writes input text into the report unescaped; \(fix) (refused under --strict)"
                : "warning: \(raw.tag) writes input text into the report unescaped; \(fix) (--strict refuses such templates)")
        }
    }
}
