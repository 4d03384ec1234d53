/// Text from input files made safe for a terminal: escape sequences (CSI `ESC [ … final`,
/// OSC `ESC ] … BEL` or `ESC ] … ESC \`, and two-character `ESC x`) are removed whole; other
/// C0 and C1 control characters and DEL are dropped, except that tabs and line breaks become
/// a single space; bidirectional overrides and isolates, which can make text read differently
/// from what it is, are dropped too.
package func sanitizeForTerminal(_ text: String) -> String {
    removeControls(text, keepingLineBreaks: false)
}

/// Text from input files made fit for a document (HTML, Markdown): the same as
/// `sanitizeForTerminal` except that tabs and line breaks are kept.
func stripControls(_ text: String) -> String {
    removeControls(text, keepingLineBreaks: true)
}

private func removeControls(_ text: String, keepingLineBreaks: Bool) -> String {
    guard mayHoldControls(text, keepingLineBreaks: keepingLineBreaks) else { return text }
    var out = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
        switch scalar.value {
        case 0x1B:
            skipEscapeSequence(&scalars)
        case 0x09, 0x0A, 0x0D:
            if keepingLineBreaks {
                out.append(scalar)
            } else if out.last != " " {
                out.append(" ")
            }
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
            continue
        default:
            out.append(scalar)
        }
    }
    return String(out)
}

/// Whether `text` may hold anything `removeControls` changes: a byte scan that lets the common
/// case (plain text) through without building a new string. C1 controls start with 0xC2 and
/// the bidirectional marks with 0xE2 in UTF-8, so text without those lead bytes, C0 controls or
/// DEL has nothing to remove.
private func mayHoldControls(_ text: String, keepingLineBreaks: Bool) -> Bool {
    func holds(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09, 0x0A, 0x0D: !keepingLineBreaks
        case 0x00...0x1F, 0x7F, 0xC2, 0xE2: true
        default: false
        }
    }
    // A native string's bytes are scanned in place, far faster than through its UTF-8 view.
    return text.utf8.withContiguousStorageIfAvailable { $0.contains(where: holds) } ?? text.utf8.contains(where: holds)
}

/// Skips what follows an ESC: a CSI or string sequence, or the one character of a short escape.
private func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
    guard let introducer = scalars.next() else { return }
    switch introducer {
    case "[":
        // Parameters and intermediates, then one final byte in 0x40...0x7E.
        while let s = scalars.next(), !(0x40...0x7E).contains(s.value) {}
    case "]", "P", "X", "^", "_":
        // OSC, DCS, SOS, PM and APC end with BEL or ST (ESC \).
        while let s = scalars.next() {
            if s.value == 0x07 { return }
            if s.value == 0x1B {
                _ = scalars.next()
                return
            }
        }
    default:
        return
    }
}

/// One item of a listing printed for people (a problem, warning, notice, verification finding
/// or summary line) with every control character from its input text shown instead of acted
/// on: C0 and C1 controls, DEL and bidirectional overrides and isolates are written as
/// `\u{XX}`, so no escape sequence reaches the terminal or a log. Tabs are kept. A line break
/// is kept only where the next line is indented, the way a message continues over several
/// lines; any other is written as `\u{A}`, so text from an input can never begin a line of its
/// own that reads like `file:line:column: message`. One line break at the very end is the
/// item's own and is dropped.
package func escapeControls(_ item: String) -> String {
    guard mayHoldControls(item, keepingLineBreaks: false) else { return item }
    var text = Substring(item)
    if text.hasSuffix("\n") { text.removeLast() }
    var out = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
        switch scalar.value {
        case 0x09:
            out.append(scalar)
        case 0x0A where index + 1 < scalars.count && (scalars[index + 1] == " " || scalars[index + 1] == "\t"):
            out.append(scalar)
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
            out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
        default:
            out.append(scalar)
        }
    }
    return String(out)
}
