import Assessment
import Authoring
import Reports
import Foundation

/// Prints an interactive session's screens. On a terminal (stdout a TTY and NO_COLOR unset)
/// each question starts on a cleared screen with a little colour; otherwise the same text is
/// printed plainly one screen after another, and the lines read from stdin are echoed so that
/// a transcript reads like the session did.
struct SessionPrinter {
    /// Clear the screen and use colour.
    var fancy: Bool
    /// Echo each input line after the prompt (stdin is not a terminal).
    var echo: Bool
    var width: Int

    /// Cursor home, then erase the screen.
    static let clearScreen = "\u{1B}[H\u{1B}[2J"

    static func forCurrentTerminal() -> SessionPrinter {
        SessionPrinter(fancy: Terminal.stdoutWantsColour, echo: isatty(STDIN_FILENO) != 1, width: terminalWidth())
    }

    /// Shows the notices and screen of a response, ending with an input prompt unless finished.
    func show(_ response: AssessmentSession.Response) {
        var out: [String] = []
        switch response.screen {
        case .question(let view):
            if fancy { Terminal.write(Array(Self.clearScreen.utf8)) }
            out += notices(response.notices)
            out += lines(for: view)
        case .prompt(let prompt):
            out += notices(response.notices)
            out += wrapped(safeText(prompt.text), width: width)
        case .finished:
            // The summary and report start on a clean screen.
            if fancy { Terminal.write(Array(Self.clearScreen.utf8)) }
            out += notices(response.notices)
        }
        Terminal.write(Array(out.map { $0 + "\n" }.joined().utf8))
        if case .finished = response.screen { return }
        Terminal.write(Array(paint("> ", .bold).utf8))
    }

    /// Echoes an input line when stdin is not a terminal.
    func echoInput(_ line: String) {
        if echo { Terminal.print(safeText(line)) }
    }

    func lines(for view: QuestionView) -> [String] {
        var out: [String] = []
        out += wrapped("\(safeText(view.questionnaireTitle)) › \(safeText(view.domainID)) \(safeText(view.domainTitle))", width: width).map { paint($0, .dim) }
        out.append(paint("Question \(view.number) of \(view.applicable) · answered \(view.answered)/\(view.applicable)", .dim))
        out.append("")
        let level = view.practiceLevel.map { "  (practice at level \($0))" } ?? ""
        out.append(paint(safeText(view.questionID), .bold) + level)
        out += wrapped(safeText(view.text), width: width)
        out.append("")
        for option in view.options {
            let lead = "\(option.chosen ? "*" : " ") \(pad(String(option.number), view.options.count > 9 ? 2 : 1))  "
            out += marked(wrapped(safeText(option.label), width: width, lead: lead, tail: "(\(safeText(option.detail)))"), at: 0, if: option.chosen)
        }
        var column: OutcomeStatus?
        let idWidth = view.statements.map { safeText($0.id).count }.max() ?? 0
        for statement in view.statements {
            if statement.column != column {
                column = statement.column
                out.append("  " + paint(statement.column.title + ":", .bold))
            }
            let id = safeText(statement.id)
            let lead = "  [\(statement.agreed ? "x" : " ")] \(pad(String(statement.number), view.statements.count > 9 ? 2 : 1)) \(id)\(String(repeating: " ", count: max(0, idWidth - id.count)))  "
            out += marked(wrapped(safeText(statement.text), width: width, lead: lead), at: 3, if: statement.agreed)
        }
        if view.allowNA {
            out += marked(["\(view.notApplicable ? "*" : " ") \(pad("n", view.options.count > 9 ? 2 : 1))  Not applicable (needs a justification)"], at: 0, if: view.notApplicable)
        }
        out.append("")
        var details: [String] = []
        if let current = view.current { details += wrapped(safeText(current), width: width, lead: "Current answer: ") }
        if let justification = view.justification { details += wrapped(safeText(justification), width: width, lead: "Justification: ") }
        if let comment = view.comment { details += wrapped(safeText(comment), width: width, lead: "Comment: ") }
        for evidence in view.evidence {
            let detail = [evidence.location.map(safeText), evidence.date?.description].compactMap { $0 }
            details += wrapped(safeText(evidence.title) + (detail.isEmpty ? "" : " (\(detail.joined(separator: ", ")))"), width: width, lead: "Evidence: ")
        }
        if !details.isEmpty { out += details + [""] }
        if let guidance = view.guidance { out += wrapped(safeText(guidance), width: width, lead: "Guidance: ") + [""] }
        out += wrappedItems(safeText(view.keys).components(separatedBy: " · "), width: width).map { paint($0, .dim) }
        return out
    }

    private func notices(_ notices: [String]) -> [String] {
        notices.flatMap { wrapped(safeText($0), width: width) }.map { paint($0, .yellow) }
    }

    /// Colours the marker character at `offset` of the first line, when `chosen`.
    private func marked(_ lines: [String], at offset: Int, if chosen: Bool) -> [String] {
        guard chosen, fancy, var first = lines.first, first.count > offset else { return lines }
        let i = first.index(first.startIndex, offsetBy: offset)
        first.replaceSubrange(i...i, with: paint(String(first[i]), .green))
        return [first] + lines.dropFirst()
    }

    private func paint(_ text: String, _ colour: ANSIText.Colour) -> String {
        ANSIText.paint(text, colour, enabled: fancy)
    }

    private func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}

/// The terminal's width in columns when stdout is a terminal, else 80; at least 40.
func terminalWidth() -> Int {
    var size = winsize()
    if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
        return max(40, min(Int(size.ws_col), 120))
    }
    return 80
}
