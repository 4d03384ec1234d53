import CyberYAML

/// A failure that the command line reports in the project's own words: one problem per line,
/// each `file:line:column: message` where the place is known, and an exit code.
///
/// Every error a library entry point throws conforms, so `main` handles them all in one place.
public protocol DiagnosticError: Error, CustomStringConvertible {
    /// What went wrong, in the order to print it.
    var problems: [Problem] { get }
    /// Whether the failure lies in how the command was called (exit 2) rather than in the
    /// files it was given or wrote (exit 1).
    var isUsage: Bool { get }
}

extension DiagnosticError {
    public var isUsage: Bool { false }
}

/// The exit codes the README documents.
public enum ExitStatus: Int32, Sendable {
    /// Success: valid, scored, verified, no regression.
    case success = 0
    /// Problems found in inputs or outputs, or a failed check.
    case failure = 1
    /// A usage error: unknown option, bad option value, missing argument.
    case usage = 2
}

extension DiagnosticError {
    /// The exit code for this failure.
    public var exitStatus: ExitStatus { isUsage ? .usage : .failure }
}

extension YAMLFileError: DiagnosticError {
    public var problems: [Problem] { [Problem(file: file, error: error)] }
}

extension YAMLError: DiagnosticError {
    /// A YAML error not tied to a file (for example from the emitter).
    public var problems: [Problem] { [Problem(file: "", error: self)] }
}
