import ArgumentParser
import Assessment
import Foundation
import Platform
import Region
import Reports
import Store

struct TrendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "One body's scores across periods: a table with sparklines, Markdown, or HTML with a chart per topic.",
        discussion: """
            INPUTS are one body's JSON reports or answers files, one per period (answers are scored \
            first). Between consecutive periods it states comparability (questionnaire versions, \
            questions added and removed) and regressions as 'compare' does. With --db FILE \
            --body ID, the same trend for one body from the store a 'batch --db' wrote; with \
            --db FILE --region, the regional trend: medians and quartiles per period across bodies. Exit 1 with --fail-on regression when any step \
            regresses; 2 on usage errors.
            """)

    @Argument(help: "JSON reports or answers files of one body, one per period.")
    var inputs: [String] = []

    @Option(help: "Read the periods from this SQLite store (see 'batch --db').")
    var db: String?

    @Flag(help: "With --db: the regional trend, medians and quartiles per period across bodies.")
    var region = false

    @Option(help: "With --db: the trend of the body with this id (e.g. E07000999).")
    var body: String?

    @Option(help: "Output format: \(TrendFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: TrendFormat = .text

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of stdout; never over an input or the store.")
    var output: String?

    @Flag(help: "Replace the output file if it exists and is not an input.")
    var force = false

    @Option(name: .customLong("fail-on"), help: "Exit 1 when the trend shows this: regression.")
    var failOn: Compare.FailOn?

    @Option(help: "Target profile for scoring answers files, e.g. baseline.")
    var profile: String?

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if db == nil, inputs.count < 2 { throw ValidationError("give two or more reports or answers files, or --db FILE with --body ID or --region") }
        if db != nil, !inputs.isEmpty { throw ValidationError("give either input files or --db, not both") }
        if db == nil, region || body != nil { throw ValidationError("--region and --body read the store: add --db FILE") }
        if db != nil, region == (body != nil) { throw ValidationError("with --db, give either --body ID (one body's trend) or --region") }
        if region, failOn != nil { throw ValidationError("--fail-on applies to one body's trend, not to --region") }
    }

    func run() throws {
        let outputFile = output.map { OutputFile($0, inputs: inputs.map { OutputFile.Input(path: $0, role: "a report of the trend") } + OutputFile.Input.optional([(db, "the store")]), force: force) }
        try outputFile?.check()
        let bytes: [UInt8]
        var failures: [String] = []
        if let db, region {
            bytes = RegionalTrend(try ResultsStore(reading: db).periodScores()).render(as: format)
        } else {
            let reports = if let db, let body {
                try ResultsStore(reading: db).history(ofBody: body)
            } else {
                try inputs.map { path throws(AssessmentError) in
                    (report: try Report.read(path, scoringWith: library.load, options: ScoringOptions(profileName: profile)), source: path)
                }
            }
            let trend = try Trend(reports)
            bytes = TrendRenderer.render(trend, as: format)
            if failOn == .regression, !trend.regressions.isEmpty {
                failures.append("\(trend.regressions.count) regression\(trend.regressions.count == 1 ? "" : "s") (--fail-on regression):")
                failures += trend.regressions.map { "  \($0.from) → \($0.to): \($0.regression.description)" }
            }
        }
        try OutputFile.emit(bytes, to: outputFile)
        if !failures.isEmpty { throw CommandFailure(findings: failures) }
    }
}

extension TrendFormat: ExpressibleByArgument {}
