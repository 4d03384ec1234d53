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

    var description: String { problems.map(\.description).joined(separator: "\n") }

    /// Refuses to replace an existing file unless `force` is set.
    static func refuseOverwrite(_ path: String, force: Bool, loses what: String) throws(CommandFailure) {
        if !force, FileManager.default.fileExists(atPath: path) {
            throw CommandFailure(file: path, "already exists; pass --force to replace it (\(what))")
        }
    }
}
