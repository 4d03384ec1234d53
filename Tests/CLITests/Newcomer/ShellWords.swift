/// Splits one command line from the README into words, as a POSIX shell would for the plain
/// forms a README shows: words separated by blanks, single and double quotes, a backslash
/// before one character, and a `#` comment. Anything that needs a real shell to mean what it
/// says (pipes, redirections, variables, globs, command lists) is refused, so a README command
/// the test cannot run as written fails the test instead of running as something else.
enum ShellWords {
    /// A command line the splitter does not model, with the character that needs a shell.
    struct Unsupported: Error, Equatable, CustomStringConvertible {
        var line: String
        var character: Character

        var description: String { "'\(character)' needs a shell, which the README test does not run: \(line)" }
    }

    /// A command line's words and the text of its trailing comment, if any (without the `#`
    /// and the blanks around it).
    struct Line: Equatable {
        var words: [String]
        var comment: String?
    }

    /// Characters that mean something to a shell when they are not quoted.
    static let needsShell: Set<Character> = ["|", "&", ";", "<", ">", "(", ")", "$", "`", "*", "?", "[", "{", "}", "~"]

    /// The words of `line` and its comment; throws `Unsupported` for shell syntax.
    static func split(_ line: String) throws(Unsupported) -> Line {
        var words: [String] = []
        var word = ""
        var inWord = false
        var characters = Array(line)[...]
        while let character = characters.popFirst() {
            switch character {
            case " ", "\t":
                if inWord { words.append(word); word = ""; inWord = false }
            case "#" where !inWord:
                let comment = String(characters).trimmingBlanks()
                return Line(words: words, comment: comment)
            case "'":
                inWord = true
                while let next = characters.popFirst(), next != "'" { word.append(next) }
            case "\"":
                inWord = true
                while let next = characters.popFirst(), next != "\"" {
                    if next == "$" || next == "`" { throw Unsupported(line: line, character: next) }
                    if next == "\\", let escaped = characters.first, "\"\\$`".contains(escaped) {
                        word.append(escaped)
                        characters.removeFirst()
                    } else {
                        word.append(next)
                    }
                }
            case "\\":
                inWord = true
                if let escaped = characters.popFirst() { word.append(escaped) }
            default:
                if needsShell.contains(character) { throw Unsupported(line: line, character: character) }
                inWord = true
                word.append(character)
            }
        }
        if inWord { words.append(word) }
        return Line(words: words, comment: nil)
    }
}

extension String {
    /// The text without the spaces and tabs at either end.
    fileprivate func trimmingBlanks() -> String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}
