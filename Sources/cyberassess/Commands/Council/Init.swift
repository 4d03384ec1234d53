import ArgumentParser
import Assessment
import Authoring
import Foundation
import Platform

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a blank answers file listing every question with its options as comments.")

    @Option(name: .customLong("questionnaire"), help: "Questionnaire id to include (repeat for several; default: all).")
    var questionnaires: [String] = []

    @OptionGroup var file: NewAnswersFileOptions

    @Option(help: ArgumentHelp("Scope the file to one critical system (its id in the organisation's register); without it the file is the organisation's.", valueName: "id"))
    var system: String?

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let (library, location) = try library.loadLocated()
        let chosen: [Questionnaire]
        if questionnaires.isEmpty {
            chosen = library.questionnaires
        } else {
            chosen = try questionnaires.map { id throws(CommandFailure) in try library.questionnaire(option: id) }
        }
        let (subject, output) = (file.subject, file.output)
        let outputFile = file.file(inputs: OutputFile.Input.library(location.folder))
        try outputFile.check()
        let schema = AnswersSchemaLink(forAnswersAt: output, library: location.folder)
        let text = try AnswersTemplate.make(
            questionnaires: chosen, body: subject.body,
            period: subject.period ?? "", assessor: subject.assessor, date: subject.day, schema: schema.value, system: system)
        try outputFile.write(text, announce: false)
        Terminal.error("wrote \(output): \(chosen.map { $0.questions.count }.reduce(0, +)) questions from \(chosen.map(\.id).joined(separator: ", "))")
        if !schema.exists {
            let folder = URL(fileURLWithPath: output).deletingLastPathComponent().path
            Terminal.error("for checking as you type in an editor, write its schema beside it: cyberassess schema answers > \(folder)/\(AnswersSchemaLink.fileName)")
        }
    }
}
