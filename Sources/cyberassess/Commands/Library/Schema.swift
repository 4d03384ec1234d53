import ArgumentParser
import JSONSchemas

extension SchemaKind: ExpressibleByArgument {}

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of a file kind, for editors and other tools.",
        discussion: """
            The schemas (JSON Schema draft 2020-12) are the files in the repository's schemas/ \
            folder, compiled into the executable. Save one beside your files, e.g. \
            'cyberassess schema answers > answers.schema.json', and point your editor at it; \
            'init' writes the '# yaml-language-server: $schema=...' line that VS Code's YAML \
            extension reads.
            """)

    @Argument(help: "One of: \(SchemaKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: SchemaKind

    func run() {
        Terminal.write(Array(kind.text.utf8))
    }
}
