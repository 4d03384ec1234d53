import Foundation
import TestSupport
import Testing

/// Every `cyberassess` command the README shows runs as written: the commands of its shell
/// code blocks are run through the built binary, in the README's order, in one temporary
/// folder that holds a copy of the repository files they name, as a reader following the
/// README from a clone would run them.
@Suite struct ReadmeCommandTests {
    static let readme = Repository.root + "/README.md"

    @Test func everyCommandInTheReadmeExitsZero() throws {
        let markdown = try String(contentsOfFile: Self.readme, encoding: .utf8)
        let commands = try ReadmeCommand.all(in: markdown)
        // The Quick start's first command, and enough others that a broken extraction fails.
        #expect(commands.first?.arguments == ["demo"])
        #expect(commands.count >= 10, "only \(commands.count) commands found in README.md")
        let folder = try TemporaryFolder()
        for command in commands {
            for path in command.repositoryPaths(existingIn: { FileManager.default.fileExists(atPath: Repository.root + "/" + $0) }) {
                try copyFromRepository(path, into: folder.path)
            }
            let result = try CLIRunner.run(command.arguments, directory: folder.path)
            #expect(result.status == 0, "README.md:\(command.line): `\(command.text)` exited \(result.status)\n\(result.stderr)")
        }
    }

    /// Copies `path` (relative to the repository root) to the same place under `folder`,
    /// unless an earlier command already put something there.
    func copyFromRepository(_ path: String, into folder: String) throws {
        let destination = folder + "/" + path
        guard !FileManager.default.fileExists(atPath: destination) else { return }
        let parent = URL(fileURLWithPath: destination).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repository.root + "/" + path, toPath: destination)
    }

    // MARK: - Reading the commands out of Markdown

    let sample = """
        Text with `cyberassess score x.yaml` inline is not a command.

        ```sh
        swift run cyberassess demo    # scores the demo council
        swift test                    # runs the test suite
        cyberassess init --body-name "Demo District Council" \\
          --period 2026-27 -o 'my council.yaml'
        cyberassess assess --answers council.yaml   # not run by the README test
        sudo install -m 755 cyberassess /usr/local/bin/
        ```

        ```yaml
        cyberassess score not-a-command.yaml
        ```

        ```text
        cyberassess printed output
        ```

        ```bash
        cyberassess score --format=html reports/examples/demo-council.json
        ```
        """

    @Test func commandsAreTakenFromShellBlocksOnlyWithContinuationsJoined() throws {
        let commands = try ReadmeCommand.all(in: sample)
        #expect(commands == [
            ReadmeCommand(line: 4, text: "swift run cyberassess demo", arguments: ["demo"]),
            ReadmeCommand(line: 6, text: #"cyberassess init --body-name "Demo District Council" --period 2026-27 -o 'my council.yaml'"#,
                          arguments: ["init", "--body-name", "Demo District Council", "--period", "2026-27", "-o", "my council.yaml"]),
            ReadmeCommand(line: 21, text: "cyberassess score --format=html reports/examples/demo-council.json",
                          arguments: ["score", "--format=html", "reports/examples/demo-council.json"]),
        ])
    }

    @Test func repositoryPathsAreTheArgumentsThatExistThere() throws {
        let command = ReadmeCommand(line: 1, text: "", arguments: ["compare", "reports/a.json", "--benchmark=out/b.json", "/etc/passwd", "../x", "new.json", "-o", "c.md"])
        let inRepository: Set = ["reports/a.json", "out/b.json", "../x", "c.md"]
        #expect(command.repositoryPaths(existingIn: inRepository.contains) == ["reports/a.json", "out/b.json", "c.md"])
    }

    @Test func shellSyntaxTheTestCannotRunIsRefused() throws {
        #expect(throws: ShellWords.Unsupported(line: "cyberassess schema answers > a.json", character: ">")) {
            try ReadmeCommand.command(line: 1, text: "cyberassess schema answers > a.json")
        }
        #expect(throws: ShellWords.Unsupported(line: "cyberassess validate \"$HOME/lib\"", character: "$")) {
            try ReadmeCommand.command(line: 1, text: "cyberassess validate \"$HOME/lib\"")
        }
        #expect(throws: ShellWords.Unsupported(line: "cyberassess validate lib/*.yaml", character: "*")) {
            try ReadmeCommand.command(line: 1, text: "cyberassess validate lib/*.yaml")
        }
    }

    @Test func wordsFollowTheShellsQuotingRules() throws {
        let line = try ShellWords.split(#"a 'b c' "d \"e\" \\f" g\ h i#j  # the comment "#)
        #expect(line == ShellWords.Line(words: ["a", "b c", #"d "e" \f"#, "g h", "i#j"], comment: "the comment"))
    }
}
