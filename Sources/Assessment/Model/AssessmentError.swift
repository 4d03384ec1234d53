import CyberYAML

/// Failures of loading, validating and scoring, each with the file (and place) it concerns.
public enum AssessmentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A file could not be read.
    case unreadable(path: String, reason: String)
    /// A file is not valid YAML or does not have the expected shape.
    case yaml(YAMLFileError)
    /// A file is of a different kind than expected (e.g. a questionnaire given as answers).
    case wrongKind(path: String, expected: String, found: String)
    /// Validation found problems; nothing was scored.
    case invalid([Problem])
    /// No questionnaire library was found on the search path.
    case libraryNotFound(searched: [String])
    /// A target profile named on the command line does not exist.
    case unknownProfile(String, available: [String])

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "\(path): \(reason)"
        case .yaml(let error):
            error.description
        case .wrongKind(let path, let expected, let found):
            "\(path):1:1: expected \(expected), found \(found)"
        case .invalid(let problems):
            problems.map(\.description).joined(separator: "\n")
        case .libraryNotFound(let searched):
            "no questionnaire library found; looked in: \(searched.joined(separator: ", ")). Pass --questionnaires DIR or set CYBERASSESS_QUESTIONNAIRES."
        case .unknownProfile(let name, let available):
            "unknown target profile '\(name)'" + (available.isEmpty ? "; the questionnaires define none" : "; available: \(available.joined(separator: ", "))")
        }
    }

    /// The problems this error stands for, for listing them one per line.
    public var problems: [Problem] {
        switch self {
        case .invalid(let problems): problems
        case .yaml(let e): [Problem(file: e.file, error: e.error)]
        case .unreadable(let path, let reason): [Problem(file: path, mark: nil, message: reason)]
        case .wrongKind(let path, let expected, let found): [Problem(file: path, mark: Mark(line: 1, column: 1), message: "expected \(expected), found \(found)")]
        default: [Problem(file: "", mark: nil, message: description)]
        }
    }
}
