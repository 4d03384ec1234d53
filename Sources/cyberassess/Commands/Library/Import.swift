import ArgumentParser
import Assessment
import Authoring
import Foundation
import Importers
import Platform

/// `cyberassess import`: turns files that framework publishers put out into questionnaires,
/// catalogues and answers files.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a published framework or a completed WebCAF assessment.",
        discussion: """
            Reads files up to 64 MiB (other YAML limits stay as they are). Writes atomically and \
            refuses to replace files unless --force. Notices (what was decided or not carried over) \
            go to stderr as file:line:column: note: message. Exit 0 on success, 1 on problems in the file.
            """,
        subcommands: [WebCAF.self, CISOAssistant.self, WebCAFAnswers.self])

    /// Where the output goes and whether existing files may be replaced.
    struct Output: ParsableArguments {
        @Option(name: [.customShort("o"), .customLong("out")], help: ArgumentHelp("Library folder to write into (the catalogue goes in its frameworks/).", valueName: "dir"))
        var folder: String

        @Flag(help: "Replace files that already exist.")
        var force = false
    }

    /// What the imported questionnaire and its ids are called, when not the importer's default.
    struct Naming: ParsableArguments {
        @Option(help: "Questionnaire id, topic and catalogue key (default: webcaf-caf-VERSION; for CISO Assistant the framework's ref_id, made safe).")
        var id: String?

        @Option(help: "Prefix for domain and question ids (default: CAF and the version's digits, e.g. CAF40; for CISO Assistant the id).")
        var prefix: String?

        /// An id given here becomes file names in `-o`: one that is empty, leaves the folder or
        /// hides a file is refused before anything is read.
        func validate() throws {
            for (option, value) in [("--id", id), ("--prefix", prefix)] {
                guard let value, let why = Identifier.problem(with: value) else { continue }
                throw ValidationError("\(option) '\(value)' \(why)")
            }
        }
    }

    struct WebCAF: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "webcaf",
            abstract: "Import a GovAssure WebCAF CAF file (cyber-assessment-framework-vX.Y.yaml).")

        @Argument(help: "The WebCAF framework YAML file.")
        var file: String

        @OptionGroup var output: Output

        @OptionGroup var naming: Naming

        @Option(name: .customLong("framework-version"), help: "The CAF version, when the file name does not say it.")
        var frameworkVersion: String?

        func run() throws {
            let source = try SourceFile.read(file, limits: .importing)
            let result = try WebCAFImporter.run(source, options: .init(id: naming.id, prefix: naming.prefix, frameworkVersion: frameworkVersion))
            try Import.finish(result, output: output, source: file)
        }
    }

    struct CISOAssistant: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ciso-assistant",
            abstract: "Import a CISO Assistant framework library (backend/library/libraries/*.yaml).")

        @Argument(help: "The library YAML file.")
        var file: String

        @OptionGroup var output: Output

        @OptionGroup var naming: Naming

        func run() throws {
            let source = try SourceFile.read(file, limits: .importing)
            try Import.finish(try CISOAssistantImporter.run(source, options: .init(id: naming.id, prefix: naming.prefix)), output: output, source: file)
        }
    }

    struct WebCAFAnswers: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "webcaf-answers",
            abstract: "Turn a completed WebCAF assessment (JSON) into an answers file.",
            discussion: "The questionnaire is one written by 'import webcaf' for the same CAF version.")

        @Argument(help: "The completed assessment, as WebCAF exports it (JSON).")
        var file: String

        @Option(name: .customLong("questionnaire"), help: "Id of the imported WebCAF questionnaire, e.g. webcaf-caf-4.0.")
        var questionnaire: String

        @OptionGroup var answers: NewAnswersFileOptions

        @OptionGroup var library: LibraryOptions

        func run() throws {
            let (library, libraryPath) = try library.loadWithPath()
            let chosen = try library.questionnaire(option: questionnaire)
            let (subject, output) = (answers.subject, answers.output)
            let outputFile = answers.file(inputs: [OutputFile.Input(path: file, role: "the WebCAF assessment")] + OutputFile.Input.library(libraryPath))
            try outputFile.check()
            let source = try SourceFile.read(file, limits: .importing)
            let result = try WebCAFAnswersImporter.run(source, questionnaire: chosen, body: subject.body, period: subject.period ?? "", date: subject.day, assessor: subject.assessor)
            Import.printNotices(result.notices)
            let text = try AnswersDocument(file: result.answers).yaml(
                order: library.questionOrder(for: result.answers),
                header: "Imported by cyberassess \(importerVersion) from \((file as NSString).lastPathComponent) (sha256 \(source.sha256)).")
            try outputFile.write(text, announce: false)
            Terminal.error("wrote \(output): \(result.answers.answers.count) outcomes answered")
        }
    }

    /// Prints notices to stderr as `file:line:column: note: message`.
    static func printNotices(_ notices: [Problem]) {
        for var notice in notices {
            notice.message = "note: " + notice.message
            Terminal.error(notice.description)
        }
    }

    /// Prints the notices, checks and writes the documents, and lists what was written. Every
    /// document's file goes through the output policy first (never over `source`, an existing
    /// file only with `--force`), and every refusal is listed before anything is written.
    static func finish(_ result: ImportResult, output: Output, source: String) throws {
        printNotices(result.notices)
        let problems = ImportCheck.problems(in: result)
        guard problems.isEmpty else { throw AssessmentError.invalid(problems) }
        var refusals: [Problem] = []
        for document in result.documents {
            let path = (output.folder as NSString).appendingPathComponent(document.path)
            do throws(CommandFailure) {
                try OutputFile(path, inputs: [OutputFile.Input(path: source, role: "the file imported")], force: output.force).check()
            } catch {
                refusals += error.problems
            }
        }
        guard refusals.isEmpty else { throw AssessmentError.invalid(refusals) }
        for path in try ImportWriter.write(result, to: output.folder, overwrite: output.force) {
            Terminal.print(path)
        }
    }
}
