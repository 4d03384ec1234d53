import ArgumentParser
import Assessment
import Foundation

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a blank answers file listing every question with its options as comments.")

    @Option(name: .customLong("questionnaire"), help: "Questionnaire id to include (repeat for several; default: all).")
    var questionnaires: [String] = []

    @Option(name: .customLong("body-id"), help: "The body's id, e.g. its ONS/GSS code.")
    var bodyID: String

    @Option(name: .customLong("body-name"), help: "The body's name.")
    var bodyName: String

    @Option(name: .customLong("body-type"), help: "district, county, unitary, metropolitan, london-borough or other.")
    var bodyType: String?

    @Option(help: "The body's region.")
    var region: String?

    @Option(help: "Assessment period, e.g. 2026-27.")
    var period: String

    @Option(help: "Who leads the assessment.")
    var assessor: String?

    @Option(help: "Assessment date, YYYY-MM-DD (default: today).")
    var date: String?

    @Option(name: .shortAndLong, help: "Where to write the answers file.")
    var output: String

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if let date, Day(date) == nil { throw ValidationError("--date: expected YYYY-MM-DD, found \"\(date)\"") }
    }

    func run() throws {
        try reporting {
            let library = try library.load()
            let chosen: [Questionnaire]
            if questionnaires.isEmpty {
                chosen = library.questionnaires
            } else {
                chosen = try questionnaires.map { id in
                    guard let q = library.questionnaire(id) else {
                        throw ValidationError("--questionnaire: unknown id '\(id)'; available: \(library.questionnaires.map(\.id).joined(separator: ", "))")
                    }
                    return q
                }
            }
            if !force, FileManager.default.fileExists(atPath: output) {
                throw Failure.message("\(output) already exists; pass --force to replace it (answers in it would be lost)")
            }
            let day = date.flatMap(Day.init) ?? Day.today
            let text = try AnswersTemplate.make(
                questionnaires: chosen,
                body: Body(id: bodyID, name: bodyName, type: bodyType, region: region),
                period: period, assessor: assessor, date: day)
            try AtomicFile.write(text, to: output)
            Terminal.error("wrote \(output): \(chosen.map { $0.questions.count }.reduce(0, +)) questions from \(chosen.map(\.id).joined(separator: ", "))")
        }
    }
}
