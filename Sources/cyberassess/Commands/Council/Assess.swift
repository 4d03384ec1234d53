import ArgumentParser
import Assessment
import Authoring
import Foundation
import Reports

struct Assess: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Answer questionnaires interactively; every answer is saved at once.",
        discussion: """
            Keys: a number answers (outcome questions: indicator ids or numbers, e.g. A1 A2 PA1; \
            +ID/-ID adjusts; none), n not applicable (asks for a justification), c comment, \
            e evidence, b back, s skip, ? guidance, Enter keeps the current answer, q save and quit.
            Reopening the file resumes at the first unanswered question; --review walks them all. \
            Without a terminal, one input per line is read from stdin; end of input saves and \
            exits 0. Exit 1 when the answers file cannot be opened (another body, another \
            questionnaire version, invalid) or saved; 2 on usage errors.
            """)

    @Option(name: .customLong("questionnaire"), help: "Questionnaire id to answer (repeat for several; default: those in the file, or all).")
    var questionnaires: [String] = []

    @Option(name: .customLong("answers"), help: "The answers file to continue, or to create.")
    var answers: String

    @OptionGroup var subject: BodyOptions

    @Option(name: .customLong("answered-by"), help: "Record this name as answered_by on each answer given.")
    var answeredBy: String?

    @Flag(help: "Walk every applicable question, not only the unanswered ones.")
    var review = false

    @Flag(name: .customLong("add-questionnaires"), help: "Add the --questionnaire ids an existing answers file does not yet answer.")
    var addQuestionnaires = false

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let (library, location) = try library.loadLocated()
        var (store, document, opening) = try open(library, folder: location.folder)
        let chosen = try chosenQuestionnaires(library, document: document)
        let added = chosen.filter { questionnaire in !document.file.questionnaires.contains { $0.id == questionnaire.id } }
        if !added.isEmpty, !addQuestionnaires {
            let ids = added.map(\.id).joined(separator: ", ")
            throw CommandFailure(file: answers, "does not answer \(ids); refusing to add \(added.count == 1 ? "it" : "them") without --add-questionnaires (the file answers \(document.file.questionnaires.map(\.id).joined(separator: ", ")))", isUsage: true)
        }
        for questionnaire in added {
            document.file.questionnaires.append(QuestionnaireVersion(id: questionnaire.id, version: questionnaire.version))
            try store.save(document)
        }

        var session = AssessmentSession(questionnaires: chosen, document: document, review: review, answeredBy: answeredBy)
        let printer = SessionPrinter.forCurrentTerminal()
        let (answered, applicable) = session.progress
        printer.show(AssessmentSession.Response(notices: ["\(opening) \(answered) of \(applicable) applicable answered."], screen: session.screen, changed: false))
        while session.finish == nil {
            guard let line = readLine(strippingNewline: true) else {
                let (answered, applicable) = session.progress
                Terminal.print("")
                Terminal.print("End of input: answers saved in \(answers) (\(answered) of \(applicable) applicable answered).")
                return
            }
            printer.echoInput(line)
            let response = session.handle(line)
            if response.changed { try store.save(session.document) }
            printer.show(response)
        }
        try finish(session, store: store, library: library, location: location, printer: printer)
    }

    /// Opens the answers file, or creates it; says which in the returned message.
    private func open(_ library: Library, folder libraryFolder: String?) throws -> (AnswersStore, AnswersDocument, String) {
        if FileManager.default.fileExists(atPath: answers) {
            let (store, document) = try AnswersStore.open(answers, library: library, bodyID: subject.bodyID, bodyName: subject.bodyName, period: subject.period)
            return (store, document, "Continuing \(answers) for \(document.file.body.name), \(document.file.period):")
        }
        let missing = subject.missingForNewFile
        if !missing.isEmpty {
            throw ValidationError("\(answers) does not exist yet; to start a new assessment give --body-id, --body-name and --period (missing: \(missing.joined(separator: ", ")))")
        }
        let chosen = try chosenQuestionnaires(library, document: nil)
        let (store, document) = try AnswersStore.create(
            answers, library: library, libraryFolder: libraryFolder, questionnaires: chosen,
            body: subject.body, period: subject.period ?? "", assessor: subject.assessor, date: subject.day)
        return (store, document, "Created \(answers) for \(document.file.body.name), \(document.file.period):")
    }

    /// The questionnaires named with --questionnaire, else those the file lists, else all.
    private func chosenQuestionnaires(_ library: Library, document: AnswersDocument?) throws -> [Questionnaire] {
        if questionnaires.isEmpty {
            guard let document else { return library.questionnaires }
            return document.file.questionnaires.compactMap { library.questionnaire($0.id) }
        }
        return try questionnaires.map { id in
            guard let q = library.questionnaire(id) else {
                throw ValidationError("--questionnaire: unknown id '\(id)'; available: \(library.questionnaires.map(\.id).joined(separator: ", "))")
            }
            return q
        }
    }

    /// Says how the session ended, then prints the text report and where the full one is.
    private func finish(_ session: AssessmentSession, store: AnswersStore, library: Library, location: LibraryLocation, printer: SessionPrinter) throws {
        switch session.finish {
        case .allAnswered?:
            Terminal.print("All \(session.progress.applicable) applicable questions are answered\(review ? "" : " (use --review to walk them again)"). Answers saved in \(answers).")
        case .endOfQuestions(let unanswered)?:
            Terminal.print("End of the questions; \(unanswered) applicable question\(unanswered == 1 ? " is" : "s are") still unanswered. Answers saved in \(answers); run the same command again to continue.")
        case .quit(let unanswered)?:
            Terminal.print("Saved \(answers); \(unanswered) applicable question\(unanswered == 1 ? "" : "s") unanswered. Run the same command again to continue where you left off.")
        case nil:
            return
        }
        Terminal.print("")
        var options = ScoringOptions()
        options.library = location.reportName
        let report = try Scorer(library: library).score(session.document.fileWithNotes, file: answers, answersSHA256: sha256Hex(store.bytes), options: options)
        Terminal.write(try ReportRenderer.render(report, as: .text, options: RenderOptions(colour: printer.fancy, width: printer.width)))
        Terminal.print("")
        Terminal.print("Full report: cyberassess score \(answers) --format html -o report.html")
    }
}
