import Assessment
import Foundation
import Reports

/// The one printer of the command line: documents (reports, pages, schemas) go to stdout as
/// they are, and every listing item (problems, warnings, notices, findings, summaries),
/// whichever stream it goes to, goes through `escapeControls`, so text from an input can
/// neither drive the terminal nor forge a line of its own. Colour only on a terminal.
enum Terminal {
    /// Whether stdout is a terminal and colour is not turned off with NO_COLOR.
    static var stdoutWantsColour: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Prints one item of a diagnostic listing to stderr (see `escapeControls`).
    static func error(_ item: String) {
        FileHandle.standardError.write(Data((escapeControls(item) + "\n").utf8))
    }

    /// Prints every problem of a failure, one item each.
    static func report(_ failure: any DiagnosticError) {
        for problem in failure.problems { error(problem.description) }
    }

    /// Prints a usage message composed by the argument parser, which quotes the command line:
    /// a line break is kept before the parser's own lines (`Usage:`, `Help:`, a hint, an
    /// indented line, an empty line) and shown escaped anywhere else, as every other control
    /// character is.
    static func usage(_ message: String) {
        var lines: [String] = []
        for line in message.split(separator: "\n", omittingEmptySubsequences: false) {
            if lines.isEmpty || line.isEmpty || parserLineHeads.contains(where: line.hasPrefix) {
                lines.append(String(line))
            } else {
                lines[lines.count - 1] += "\u{A}" + line
            }
        }
        FileHandle.standardError.write(Data((lines.map(escapeControls).joined(separator: "\n") + "\n").utf8))
    }

    /// How the lines of the argument parser's messages begin.
    private static let parserLineHeads = [" ", "\t", "Usage:", "Help:", "See '", "Did you mean", "Error:", "OVERVIEW:", "USAGE:", "OPTIONS:", "ARGUMENTS:"]

    /// Writes a document (a report, page or schema) to stdout as it is: its renderer has made
    /// the input text in it safe for its format.
    static func write(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    /// Prints one item of a listing to stdout (see `escapeControls`).
    static func print(_ item: String) {
        write(Array((escapeControls(item) + "\n").utf8))
    }
}
