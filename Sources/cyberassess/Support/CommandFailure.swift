import Assessment
import Foundation

/// A failure decided by a command itself (a file in the way, an unmet `--strict`), printed
/// like every other `DiagnosticError`.
struct CommandFailure: DiagnosticError {
    var problems: [Problem]
    var isUsage = false

    /// A failure about one file, or about none when `file` is empty.
    init(file: String = "", _ message: String, isUsage: Bool = false) {
        problems = [Problem(file: file, mark: nil, message: message)]
        self.isUsage = isUsage
    }

    /// A failure listing several problems, each about its own file.
    init(problems: [Problem], isUsage: Bool = false) {
        self.problems = problems
        self.isUsage = isUsage
    }

    /// A failure of several findings about no one file, each printed as its own item.
    init(findings: [String]) {
        problems = findings.map { Problem(file: "", mark: nil, message: $0) }
    }

    var description: String { problems.map(\.description).joined(separator: "\n") }
}
