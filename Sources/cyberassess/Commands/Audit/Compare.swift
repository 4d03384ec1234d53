import ArgumentParser
import Assessment
import Audit
import Foundation
import Platform
import Reports

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two reports (or answers files): comparability, score changes, changed answers, regressions.",
        discussion: """
            OLD and NEW are JSON reports or answers files (YAML, scored first with the library). \
            Questions are matched by id; questions in only one report are listed as added or \
            removed and never count as regressions. A regression is a domain or topic score or \
            weakest link going down where both reports score it from the same questions (where \
            the questions changed, a shared question's level going down). \
            Exit 0 when compared; 1 with --fail-on regression when there are regressions, or \
            with --threshold X when a domain score drops by more than X; 2 on usage errors.
            """)

    @Argument(help: "The earlier (or reference) report: a JSON report or an answers file.")
    var old: String

    @Argument(help: "The later (or compared) report: a JSON report or an answers file.")
    var new: String

    @OptionGroup var library: LibraryOptions

    @Option(help: "Output format: \(ComparisonFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ComparisonFormat = .text

    @Option(name: .shortAndLong, help: "Write the comparison to this file (atomically) instead of stdout; never over OLD or NEW.")
    var output: String?

    @Flag(help: "Replace the output file if it exists and is not OLD or NEW.")
    var force = false

    @Option(name: .customLong("fail-on"), help: "Exit 1 when the comparison shows this: regression.")
    var failOn: FailOn?

    @Option(parsing: .unconditional, help: ArgumentHelp("Exit 1 when any like-for-like domain score drops by more than this.", valueName: "x"))
    var threshold: Double?

    @Option(name: .customLong("weak-below"), parsing: .unconditional, help: ArgumentHelp("Warn that the comparison is weak when the share of questions in common is below this (0-1).", valueName: "share"))
    var weakBelow: Double = Comparison.defaultWeakBelow

    @Option(name: .customLong("before-label"), help: ArgumentHelp("What to call OLD in every format (default: \"Self-assessment\" or \"Assurance review\" when one file is a review, else \"Before\").", valueName: "text"))
    var beforeLabel: String?

    @Option(name: .customLong("after-label"), help: ArgumentHelp("What to call NEW in every format (default: \"Assurance review\" or \"Self-assessment\" when one file is a review, else \"After\").", valueName: "text"))
    var afterLabel: String?

    @Option(help: "Target profile for scoring answers files, e.g. baseline.")
    var profile: String?

    @OptionGroup var plan: PlanOptions

    enum FailOn: String, ExpressibleByArgument, CaseIterable { case regression }

    func validate() throws {
        if let threshold, !(0...Double(Bounds.maxScaleLevel)).contains(threshold) {
            throw ValidationError("--threshold: expected a score drop from 0 to \(Bounds.maxScaleLevel), found \(threshold)")
        }
        for (name, label) in [("--before-label", beforeLabel), ("--after-label", afterLabel)] {
            if let label, label.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("\(name): expected a name for the side, found an empty one") }
        }
        if !(0...1).contains(weakBelow) { throw ValidationError("--weak-below: expected a share from 0 to 1 (e.g. 0.8), found \(weakBelow)") }
    }

    func run() throws {
        let outputFile = output.map { OutputFile($0, inputs: [OutputFile.Input(path: old, role: "the old report"), OutputFile.Input(path: new, role: "the new report")] + OutputFile.Input.optional([(plan.plan, "the plan")]), force: force) }
        try outputFile?.check()
        var options = ScoringOptions(profileName: profile)
        options.library = library.locate().reportName
        let request = ComparisonRequest(
            old: old, new: new, options: options, weakBelow: weakBelow,
            failOnRegression: failOn == .regression, threshold: threshold, oldLabel: beforeLabel, newLabel: afterLabel)
        let comparison = try Comparison.make(request, library: library.load)
        for warning in comparison.warnings { Terminal.error("warning: " + warning) }
        var bytes = try ComparisonRenderer.render(comparison, as: format, colour: output == nil && format == .text && Terminal.stdoutWantsColour)
        if plan.plan != nil { bytes = try withPlan(bytes, comparison: comparison) }
        try OutputFile.emit(bytes, to: outputFile)
        let failures = comparison.failures(under: request)
        if !failures.isEmpty { throw CommandFailure(findings: failures) }
    }
}

extension ComparisonFormat: ExpressibleByArgument {}
