import ArgumentParser
import Assessment
import Authoring
import Foundation
import Platform

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine answers files from several people for the same body and questionnaire versions.",
        discussion: """
            Answers in one file only are taken; identical answers once (comments kept, evidence \
            unioned); differing answers are conflicts, listed with every value, comment and \
            author, and left blank in OUT unless --prefer settles them. Exit 0 when merged \
            without open conflicts; 1 when conflicts remain (OUT is still written, with the \
            conflicts listed in comments) or the files cannot be merged; 2 on usage errors.
            """)

    @Argument(help: "The answers files to merge (two or more).")
    var files: [String]

    @Option(name: .shortAndLong, help: "Where to write the merged answers file; never over one of the files merged.")
    var output: String

    @Option(help: "One of the input files, whose answers win every conflict.")
    var prefer: String?

    @Flag(help: "Replace the output file if it exists and is not one of the inputs.")
    var force = false

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if files.count < 2 { throw ValidationError("merge needs at least two answers files, found \(files.count)") }
        if let prefer, preferredInput(prefer) == nil {
            throw ValidationError("--prefer \(prefer) is not one of the files being merged (\(files.joined(separator: ", ")))")
        }
    }

    func run() throws {
        var inputs: [AnswersMerge.Input] = []
        var problems: [Problem] = []
        for path in files {
            do throws(AssessmentError) {
                inputs.append(AnswersMerge.Input(name: path, document: try AnswersDocument.read(path)))
            } catch {
                problems += error.problems
            }
        }
        if !problems.isEmpty { throw AssessmentError.invalid(problems) }
        let answersFiles = files.map { OutputFile.Input(path: $0, role: "an answers file being merged") }
        let outputFile = OutputFile(output, inputs: answersFiles + OutputFile.Input.library(library.locate().folder), force: force)
        try outputFile.check()
        let merged = try AnswersMerge.merge(inputs, prefer: prefer.flatMap(preferredInput))
        // The library only sets the order answers are written in; without one, first appearance.
        let order = (try? library.load()).map { $0.questionOrder(for: merged.document.file) } ?? []
        try outputFile.write(try merged.yaml(order: order), announce: false)
        for line in merged.summary { Terminal.print(line) }
        Terminal.error("wrote \(output)")
        let open = merged.unresolved.count
        if open > 0 {
            throw CommandFailure(file: output, "\(open) conflict\(open == 1 ? "" : "s") left unresolved and left blank; settle \(open == 1 ? "it" : "them") there, or merge again with --prefer FILE")
        }
    }

    /// The input path `name` refers to, compared as given or as a standardised path.
    private func preferredInput(_ name: String) -> String? {
        files.first { $0 == name } ?? files.first { same($0, name) }
    }

    private func same(_ a: String, _ b: String) -> Bool {
        URL(fileURLWithPath: a).standardizedFileURL.path == URL(fileURLWithPath: b).standardizedFileURL.path
    }
}
