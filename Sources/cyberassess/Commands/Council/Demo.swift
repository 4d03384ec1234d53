import ArgumentParser
import Assessment
import Foundation
import Reports

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Score the bundled demo council and write its report in every format.",
        discussion: "Reads examples/demo-council.yaml from the questionnaire library (the bundled one when no folder is given or found) and writes demo-council.{txt,json,html,md,csv,plan.csv} into --out, replacing the reports an earlier demo wrote there (so the demo can be run again); other files in the folder are left alone.")

    @OptionGroup var library: LibraryOptions

    @Option(help: "Folder to write the reports into.")
    var out = "reports/demo"

    func run() throws {
        let (library, location) = try library.loadLocated()
        let answers = try location.demoAnswers()
        var options = ScoringOptions()
        options.library = location.reportName
        let report = try Scorer(library: library).score(Scorer.decodeAnswers(answers), file: answers.path, answersSHA256: answers.sha256, options: options)
        let paths = try ReportFiles.write(report, formats: ReportFormat.allCases, folder: out, baseName: "demo-council")
        Terminal.write(try ReportRenderer.render(report, as: .text, options: RenderOptions(colour: Terminal.stdoutWantsColour)))
        Terminal.print("")
        Terminal.print("Reports written:")
        for path in paths { Terminal.print("  \(path)") }
    }
}
