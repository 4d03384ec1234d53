import Foundation
import TestSupport
import Testing

/// The shell completion scripts swift-argument-parser generates from the command definitions.
@Suite struct CompletionScriptTests {
    /// Every subcommand name, read from the parser's own description of the tool.
    func subcommands() throws -> [String] {
        let dump = try CLIRunner.run(["--experimental-dump-help"])
        #expect(dump.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any]
        let command = json?["command"] as? [String: Any]
        let names = (command?["subcommands"] as? [[String: Any]] ?? []).compactMap { $0["commandName"] as? String }
        #expect(names.contains("schema") && names.contains("score") && names.count > 10)
        return names
    }

    @Test(arguments: ["bash", "zsh", "fish"]) func theScriptIsWrittenAndMentionsEverySubcommand(shell: String) throws {
        let result = try CLIRunner.run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        for name in try subcommands() {
            // bash and zsh define a completion function per subcommand; fish offers each by name.
            let mention = shell == "fish" ? "-fa '\(name)'" : "_cyberassess_\(name)()"
            #expect(result.stdout.contains(mention), "the \(shell) script does not offer \(name)")
        }
    }

    @Test func bashCompletesSubcommandsAndSchemaKinds() throws {
        let script = try CLIRunner.run(["--generate-completion-script", "bash"]).stdout
        let dirFolder = try TemporaryFolder()
        let dir = dirFolder.path
        try script.write(toFile: dir + "/cyberassess.bash", atomically: true, encoding: .utf8)
        func complete(_ words: [String]) throws -> [String] {
            let line = words.joined(separator: " ")
            let probe = """
                source '\(dir)/cyberassess.bash'
                COMP_WORDS=(\(words.map { "'\($0)'" }.joined(separator: " "))); COMP_CWORD=\(words.count - 1)
                COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
                _cyberassess; printf '%s\\n' "${COMPREPLY[@]}"
                """
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", probe]
            let out = Pipe()
            process.standardOutput = out
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        }
        #expect(Set(try complete(["cyberassess", ""])) == Set(try subcommands() + ["--version", "-h", "--help"]))
        #expect(try complete(["cyberassess", "schema", ""]) == ["questionnaire", "catalogue", "answers", "targets", "report"])
    }
}
