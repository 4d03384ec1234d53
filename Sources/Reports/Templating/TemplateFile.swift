import Assessment
import CyberYAML

/// A custom Mustache template read from the user's file.
public enum TemplateFile {
    /// The largest template accepted: far above any real report template.
    public static let maxBytes = 1 << 20

    /// The template's text, refusing a file that is too large or not UTF-8.
    public static func read(_ path: String) throws(AssessmentError) -> String {
        var limits = LoaderLimits.default
        limits.maxBytes = maxBytes
        let bytes = try FileBytes.read(path, limits: limits)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .unreadable(path: path, reason: "is not UTF-8 text; save the template as UTF-8")
        }
        return text
    }
}
