import ArgumentParser
import Assessment
import Audit
import Foundation
import Reports
import Store

struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score an answers file and print or write its maturity report.",
        discussion: "Exit 0 when scored; 1 when the answers are invalid (every problem is listed) or, with --strict, when questions are unanswered; 2 on usage errors.")

    @Argument(help: "The answers file (YAML); or the organisation's file followed by its critical systems' files.")
    var answers: [String]

    @OptionGroup var library: LibraryOptions

    @Option(help: "Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .text

    @Option(name: .shortAndLong, help: "Write the report to this file (atomically) instead of stdout; never over an input file.")
    var output: String?

    @Flag(help: "Replace the output file if it exists and is not one of the inputs.")
    var force = false

    @Option(help: "A target profile defined by the questionnaires, e.g. baseline or enhanced.")
    var profile: String?

    @Option(name: [.customLong("targets"), .customLong("profile-file")], help: "A target profile file (YAML: id, title, domains: {DOMAIN: level}, outcomes: {QUESTION: status}).")
    var targets: String?

    @Option(help: "A Mustache template to use instead of the bundled one (html and md); at most 1 MiB and 32 levels of sections.")
    var template: String?

    @Option(name: .customLong("stale-months"), parsing: .unconditional, help: "Evidence older than this many months before the assessment date is stale.")
    var staleMonths = 12

    @Option(name: .customLong("topic-weight"), help: "Weight of a topic in the overall score, as QUESTIONNAIRE=WEIGHT (repeatable; default 1 each).")
    var topicWeights: [String] = []

    @Flag(help: "Record the current time in the report's provenance (outside the digest).")
    var timestamp = false

    @Flag(help: "Fail (exit 1) when any applicable question is unanswered, and refuse a --template that writes input text unescaped.")
    var strict = false

    @Option(help: "A benchmark.json from 'cyberassess batch', or the SQLite store of 'batch --db' (its latest period): adds peer medians, quartiles and percentiles.")
    var benchmark: String?

    @OptionGroup var cycle: CycleOptions

    func validate() throws {
        try Bounds.checkStaleMonths(staleMonths)
        _ = try parsedTopicWeights()
    }

    func parsedTopicWeights() throws -> [String: Double] {
        var weights: [String: Double] = [:]
        for entry in topicWeights {
            let parts = entry.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, let weight = Double(parts[1]), Bounds.topicWeight.contains(weight) else {
                throw ValidationError("--topic-weight: expected QUESTIONNAIRE=WEIGHT with a number \(Bounds.describe(Bounds.topicWeight)), found \"\(entry)\"")
            }
            weights[String(parts[0])] = weight
        }
        return weights
    }

    func run() throws {
        try outputFile?.check()
        let customTemplate = try template.map(readTemplate)
        var options = ScoringOptions(profileName: profile, staleAfterMonths: staleMonths, topicWeights: try parsedTopicWeights())
        if timestamp { options.generatedAt = ISO8601DateFormatter().string(from: Date()) }
        let (library, location) = try library.loadLocated()
        options.library = location.reportName
        try library.checkTopicWeights(options.topicWeights)
        guard answers.count == 1, cycle.isEmpty else { return try runCycle(options, template: customTemplate, library: library) }
        // A store written by 'batch --db' gives the benchmark of its latest period.
        let store = try benchmark.flatMap { path throws(StoreError) in ResultsStore.isStore(path) ? try ResultsStore(reading: path) : nil }
        let request = ScoreRequest(answersPath: answers[0], options: options, targetsPath: targets, benchmarkPath: store == nil ? benchmark : nil)
        var report = try Scorer(library: library).score(request)
        if let store { report = try report.withPeers(from: try store.peerBenchmark()) }
        try write(try ReportRenderer.render(report, as: format, options: renderOptions(template: customTemplate)))
        if strict { try report.requireComplete(file: answers[0]) }
    }

    /// Reads the custom template: unescaped output is a warning, or refused under `--strict`.
    func readTemplate(_ path: String) throws -> TemplateFile {
        let file = try TemplateFile.read(path)
        let problems = file.rawOutputProblems(refused: strict)
        if strict, !problems.isEmpty { throw AssessmentError.invalid(problems) }
        for warning in problems { Terminal.error(warning.description) }
        return file
    }

    func renderOptions(template: TemplateFile?) -> RenderOptions {
        var render = RenderOptions(colour: output == nil && format == .text && Terminal.stdoutWantsColour)
        render.template = template?.text
        return render
    }

    /// Where `-o` writes, with every input of the run it must not replace.
    var outputFile: OutputFile? {
        guard let output else { return nil }
        let role = answers.count == 1 ? "the answers file" : "an answers file"
        var inputs: [OutputFile.Input] = answers.map { OutputFile.Input(path: $0, role: role) }
        inputs += cycle.reviews.map { OutputFile.Input(path: $0, role: "a review") }
        inputs += OutputFile.Input.optional([(targets, "the targets file"), (template, "the template"), (benchmark, "the benchmark"), (cycle.plan.plan, "the plan")])
        inputs += OutputFile.Input.library(library.locate().folder)
        return OutputFile(output, inputs: inputs, force: force)
    }

    func write(_ bytes: [UInt8]) throws { try OutputFile.emit(bytes, to: outputFile) }
}

extension ReportFormat: ExpressibleByArgument {}
