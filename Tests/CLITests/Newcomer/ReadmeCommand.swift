/// One `cyberassess` command shown in a shell code block of a Markdown file, with the
/// arguments the built binary is given for it.
struct ReadmeCommand: Equatable {
    /// The comment that keeps a command from being run by the README test (for one that
    /// cannot run there); the README says why beside it.
    static let skipComment = "not run by the README test"

    /// The 1-based line of the Markdown file where the command starts.
    var line: Int
    /// The command as written, continuation lines joined.
    var text: String
    /// The words after `cyberassess` (or `swift run cyberassess`).
    var arguments: [String]

    /// Every `cyberassess` and `swift run cyberassess` command in the `sh`, `bash` and `shell`
    /// code blocks of `markdown`, in order. Other lines of those blocks (`swift test`, `sudo
    /// install`, ...) and commands ending in the skip comment are left out; a command line
    /// using shell syntax the splitter does not model throws.
    static func all(in markdown: String) throws(ShellWords.Unsupported) -> [ReadmeCommand] {
        var commands: [ReadmeCommand] = []
        var inShellBlock = false
        var inOtherBlock = false
        var pending: (line: Int, text: String)?
        for (index, rawLine) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(rawLine)
            let fence = line.drop { $0 == " " }
            if fence.hasPrefix("```") {
                if inShellBlock || inOtherBlock {
                    inShellBlock = false
                    inOtherBlock = false
                } else {
                    let language = fence.dropFirst(3).split(separator: " ").first.map(String.init) ?? ""
                    inShellBlock = ["sh", "bash", "shell"].contains(language)
                    inOtherBlock = !inShellBlock
                }
                pending = nil
                continue
            }
            guard inShellBlock else { continue }
            var joined = pending.map { ($0.line, $0.text + " " + line.drop { $0 == " " }) } ?? (index + 1, line)
            if joined.1.hasSuffix("\\") {
                joined.1.removeLast()
                pending = (joined.0, joined.1.trimmingTrailingBlanks())
                continue
            }
            pending = nil
            if let command = try command(line: joined.0, text: joined.1) { commands.append(command) }
        }
        return commands
    }

    /// The command on one logical line, or nil when it is not a `cyberassess` command or
    /// carries the skip comment.
    static func command(line: Int, text: String) throws(ShellWords.Unsupported) -> ReadmeCommand? {
        let trimmed = String(text.drop { $0 == " " })
        guard trimmed.hasPrefix("cyberassess ") || trimmed.hasPrefix("swift run cyberassess ") else { return nil }
        let split = try ShellWords.split(trimmed)
        if split.comment == skipComment { return nil }
        let arguments: [String]
        if split.words.starts(with: ["swift", "run", "cyberassess"]) {
            arguments = Array(split.words.dropFirst(3))
        } else {
            arguments = Array(split.words.dropFirst())
        }
        let shown = split.comment.map { _ in String(trimmed.prefix { $0 != "#" }).trimmingTrailingBlanks() } ?? trimmed
        return ReadmeCommand(line: line, text: shown, arguments: arguments)
    }

    /// The arguments that name a file or folder inside the repository, relative to its root
    /// (each value of an `--option=value` as well): what the command needs copied beside it.
    func repositoryPaths(existingIn exists: (String) -> Bool) -> [String] {
        arguments.compactMap { argument in
            let value = argument.hasPrefix("-") ? argument.split(separator: "=", maxSplits: 1).dropFirst().first.map(String.init) : argument
            guard let value, !value.isEmpty, !value.hasPrefix("/"),
                  !value.split(separator: "/").contains(where: { $0 == "." || $0 == ".." }),
                  exists(value)
            else { return nil }
            return value
        }
    }
}

extension String {
    /// The text without the spaces at its end.
    fileprivate func trimmingTrailingBlanks() -> String {
        var text = Substring(self)
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
