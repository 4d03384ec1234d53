import Assessment
import Foundation

/// Output helpers: results to stdout, diagnostics to stderr, colour only on a terminal.
enum Terminal {
    /// Whether stdout is a terminal and colour is not turned off with NO_COLOR.
    static var stdoutWantsColour: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Writes a diagnostic to stderr. Control characters in it (which may come from input
    /// files) are shown escaped, so a message can never retitle or clear the terminal.
    static func error(_ message: String) {
        let text = escapingControls(message)
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Prints every problem of a failure, one per line.
    static func report(_ failure: any DiagnosticError) {
        error(failure.problems.map(\.description).joined(separator: "\n"))
    }

    static func write(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    static func print(_ text: String) {
        write(Array((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// `text` with C0 and C1 control characters (other than line breaks and tabs), DEL and
    /// bidirectional overrides written as `\u{XX}`, so they are visible instead of acted on.
    static func escapingControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
