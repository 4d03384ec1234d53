import ArgumentParser
import Assessment

/// Where a new answers file goes, for whom, and whether an existing file may be replaced:
/// the options `init` and `import webcaf-answers` share.
struct NewAnswersFileOptions: ParsableArguments {
    @OptionGroup var subject: BodyOptions

    @Option(name: .shortAndLong, help: "Where to write the answers file.")
    var output: String

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    func validate() throws {
        let missing = subject.missingForNewFile
        if !missing.isEmpty { throw ValidationError("a new answers file needs \(missing.joined(separator: ", "))") }
    }

    /// The answers file to write, never over `inputs` of the run.
    func file(inputs: [OutputFile.Input] = []) -> OutputFile {
        OutputFile(output, inputs: inputs, force: force, loses: "answers in it would be lost")
    }
}

extension Library {
    /// The questionnaire `id` named with `--questionnaire`; an unknown id is a usage error
    /// listing the ids the library has.
    func questionnaire(option id: String) throws(CommandFailure) -> Questionnaire {
        guard let questionnaire = questionnaire(id) else {
            throw CommandFailure("--questionnaire: unknown id '\(id)'; available: \(questionnaires.map(\.id).joined(separator: ", "))", isUsage: true)
        }
        return questionnaire
    }
}
