import ArgumentParser
import Assessment
import Audit
import Foundation
import Reports

struct Plan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Turn a report's recommendations into an improvement and implementation plan, or export a plan as CSV.",
        discussion: """
            With a JSON report (or cycle report), writes a plan in YAML with one action per \
            recommendation; when OUTPUT already holds a plan, every action in it is kept as written \
            and only recommendations no action addresses are added. With a plan file and \
            --format csv, exports the plan for a spreadsheet. Exit 0 on success, 1 on problems in \
            the files, 2 on usage errors.
            """)

    @Argument(help: "A JSON report ('score --format json'), or a plan file to export with --format csv.")
    var source: String

    @Option(name: .shortAndLong, help: "The plan file to write or extend (YAML), or where to write the CSV; default stdout.")
    var output: String?

    @Flag(help: "Replace an existing OUTPUT that is not SOURCE (a plan OUTPUT is extended in yaml without it; a CSV export never replaces a file without it).")
    var force = false

    @Option(help: "yaml (the plan) or csv (an export).")
    var format: PlanFormat = .yaml

    /// Accepted like every command's; a plan is made from a report, without the library.
    @OptionGroup var library: LibraryOptions

    enum PlanFormat: String, ExpressibleByArgument, CaseIterable { case yaml, csv }

    func run() throws {
        // Before anything is read: OUTPUT may not be SOURCE, nor a folder or device; a YAML
        // plan there is extended, any other existing file needs --force.
        try outputFile(extending: format == .yaml)?.check()
        let bytes = try SourceFile.read(source).bytes
        guard Report.isJSON(bytes) else {
            guard format == .csv else { throw CommandFailure(file: source, "is not a JSON report; give 'score --format json' output to make a plan, or add --format csv to export this plan", isUsage: true) }
            return try write(PlanRenderer.csv(try ImprovementPlan.load(source)), extending: false)
        }
        let reports = try PlanSource.reports(in: source)
        var existing: ImprovementPlan?
        let extending = format == .yaml && output.map { FileManager.default.fileExists(atPath: $0) } == true
        if extending, let output {
            existing = try ImprovementPlan.load(output)
        }
        let (plan, added) = PlanBuilder.merge(existing, with: reports)
        switch format {
        case .yaml:
            try write(Array(try plan.yaml().utf8), extending: extending)
            Terminal.error("\(plan.actions.count) action\(plan.actions.count == 1 ? "" : "s"), \(added) new")
        case .csv:
            try write(PlanRenderer.csv(plan), extending: false)
        }
    }

    /// Where `-o` writes. A YAML plan already there is read and every action in it kept, so it
    /// is replaced without `--force` (`extending`); anything else there needs `--force`.
    func outputFile(extending: Bool) -> OutputFile? {
        output.map { path in
            var file = OutputFile(path, inputs: [OutputFile.Input(path: source, role: "the source file")], force: force,
                                  loses: format == .csv ? "a plan there would be replaced by its CSV export" : "what it holds would be lost")
            file.keepsExisting = extending
            return file
        }
    }

    func write(_ bytes: [UInt8], extending: Bool) throws { try OutputFile.emit(bytes, to: outputFile(extending: extending)) }
}
