import Reports

/// Text from questionnaires, answers files and the keyboard made safe to print on a terminal
/// (escape sequences, control characters and bidirectional overrides removed; tabs and line
/// breaks become spaces).
func safeText(_ text: String) -> String {
    sanitizeForTerminal(text)
}

/// `text` broken into lines of at most `width` columns at spaces; the first line starts after
/// `lead`, the others are indented to line up under it. `tail` ends the text and is never split.
func wrapped(_ text: String, width: Int, lead: String = "", tail: String? = nil) -> [String] {
    let pad = String(repeating: " ", count: lead.count)
    var lines: [String] = []
    var line = lead
    var lineHasWord = false
    for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) + (tail.map { [$0] } ?? []) {
        if lineHasWord, line.count + 1 + word.count > width {
            lines.append(line)
            line = pad
            lineHasWord = false
        }
        line += (lineHasWord ? " " : "") + word
        lineHasWord = true
    }
    lines.append(line)
    return lines
}

/// Items joined with " · " into lines of at most `width` columns, breaking only between items.
func wrappedItems(_ items: [String], width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for (i, item) in items.enumerated() {
        let piece = item + (i < items.count - 1 ? " ·" : "")
        if !line.isEmpty, line.count + 1 + piece.count > width {
            lines.append(line)
            line = ""
        }
        line += (line.isEmpty ? "" : " ") + piece
    }
    if !line.isEmpty { lines.append(line) }
    return lines
}
