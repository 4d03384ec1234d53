import ArgumentParser
import Assessment
import Foundation
import Reports

struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score an answers file and print or write its maturity report.",
        discussion: "Exit 0 when scored; 1 when the answers are invalid (every problem is listed) or, with --strict, when questions are unanswered; 2 on usage errors.")

    @Argument(help: "The answers file (YAML).")
    var answers: String

    @OptionGroup var library: LibraryOptions

    @Option(help: "Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .text

    @Option(name: .shortAndLong, help: "Write the report to this file (atomically) instead of stdout.")
    var output: String?

    @Option(help: "A target profile defined by the questionnaires, e.g. baseline or enhanced.")
    var profile: String?

    @Option(help: "A target profile file (YAML: id, title, domains: {DOMAIN: level}, outcomes: {QUESTION: status}).")
    var targets: String?

    @Option(help: "A Mustache template to use instead of the bundled one (html and md).")
    var template: String?

    @Option(name: .customLong("stale-months"), help: "Evidence older than this many months before the assessment date is stale.")
    var staleMonths = 12

    @Option(name: .customLong("topic-weight"), help: "Weight of a topic in the overall score, as QUESTIONNAIRE=WEIGHT (repeatable; default 1 each).")
    var topicWeights: [String] = []

    @Flag(help: "Record the current time in the report's provenance (outside the digest).")
    var timestamp = false

    @Flag(help: "Fail (exit 1) when any applicable question is unanswered.")
    var strict = false

    @Option(help: "A benchmark.json from 'cyberassess batch': adds peer medians, quartiles and percentiles.")
    var benchmark: String?

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
        var options = ScoringOptions(profileName: profile, staleAfterMonths: staleMonths, topicWeights: try parsedTopicWeights())
        if timestamp { options.generatedAt = ISO8601DateFormatter().string(from: Date()) }
        let request = ScoreRequest(answersPath: answers, options: options, targetsPath: targets, benchmarkPath: benchmark)
        let library = try library.load()
        try library.checkTopicWeights(options.topicWeights)
        let report = try Scorer(library: library).score(request)
        try emit(report)
        if strict { try report.requireComplete(file: answers) }
    }

    func emit(_ report: Report) throws {
        var render = RenderOptions(colour: output == nil && format == .text && Terminal.stdoutWantsColour)
        if let template { render.template = try TemplateFile.read(template) }
        let bytes = try ReportRenderer.render(report, as: format, options: render)
        if let output {
            try AtomicFile.write(bytes, to: output)
            Terminal.error("wrote \(output)")
        } else {
            Terminal.write(bytes)
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}
