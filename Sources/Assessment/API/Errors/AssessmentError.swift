import CyberYAML

/// Failures of loading, validating, scoring and writing, each with the file (and place) it
/// concerns.
public enum AssessmentError: DiagnosticError, Sendable, Equatable {
    /// A file could not be read (missing, a folder, permission denied, too large).
    case unreadable(path: String, reason: String)
    /// A file could not be written (no room, permission denied, a folder in the way).
    case unwritable(path: String, reason: String)
    /// A value could not be encoded for writing (for example a number that is not finite).
    case encoding(path: String, reason: String)
    /// A JSON file is not of the expected shape, or has another schema version.
    case schema(path: String, expected: String, found: String)
    /// A file is not valid YAML or does not have the expected shape.
    case yaml(YAMLFileError)
    /// A file is of a different kind than expected (e.g. a questionnaire given as answers).
    case wrongKind(path: String, expected: String, found: String)
    /// Validation found problems; nothing was scored.
    case invalid([Problem])
    /// A target profile named on the command line does not exist.
    case unknownProfile(String, available: [String])
    /// An option's value does not fit the library or the other options.
    case usage(String)

    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }

    public var isUsage: Bool {
        switch self {
        case .unknownProfile, .usage: true
        default: false
        }
    }

    /// The problems this error stands for, for listing them one per line: at most
    /// `Problem.listedPerFile` for each file, then a line counting the rest.
    public var problems: [Problem] {
        switch self {
        case .invalid(let problems):
            Problem.capped(problems)
        case .yaml(let e):
            e.problems
        case .unreadable(let path, let reason):
            [Problem(file: path, mark: nil, message: reason)]
        case .unwritable(let path, let reason):
            [Problem(file: path, mark: nil, message: "cannot write: \(reason)")]
        case .encoding(let path, let reason):
            [Problem(file: path, mark: nil, message: "cannot encode: \(reason)")]
        case .schema(let path, let expected, let found):
            [Problem(file: path, mark: nil, message: "expected \(expected), found \(found)")]
        case .wrongKind(let path, let expected, let found):
            [Problem(file: path, mark: Mark(line: 1, column: 1), message: "expected \(expected), found \(found)")]
        case .unknownProfile(let name, let available):
            [Problem(file: "", mark: nil, message: "unknown target profile '\(name)'" + (available.isEmpty ? "; the questionnaires define none" : "; available: \(available.joined(separator: ", "))"))]
        case .usage(let message):
            [Problem(file: "", mark: nil, message: message)]
        }
    }
}
