import ArgumentParser
import Assessment
import Batch
import BatchStore
import Foundation
import Reports
import Store

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Score many answers files in parallel into a summary, a peer benchmark and per-body reports.",
        discussion: """
            Writes into --out: summary.csv and summary.jsonl (one row per body), benchmark.json \
            (peer aggregates for 'score --benchmark'), errors.csv (file, line, column, message for \
            every file that failed) and, with --reports, reports/PERIOD/ID.FORMAT. Output is the \
            same whatever --jobs. Exit 0 when every file scored; 1 when some failed (the count goes \
            to stderr); 2 on usage errors.
            """)

    @Argument(help: "Folders (searched recursively for .yaml/.yml), answers files, or manifests listing answers files one per line (# comments; '-' reads one from stdin).")
    var inputs: [String]

    @Option(help: "Folder to write the outputs into (created if needed).")
    var out: String

    @Option(parsing: .unconditional, help: "Files scored at once (default: every core; at most 4 per core).")
    var jobs: Int?

    @Option(help: "Also write one report per body, in these comma-separated formats: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var reports: String?

    @Flag(help: "Name no body in the output folder (summaries, benchmark, errors.csv by input number) and suppress small groups; not with --reports.")
    var anonymise = false

    @Option(name: .customLong("min-group"), parsing: .unconditional, help: "Suppress types and regions with fewer bodies than this (default: 5 with --anonymise, else 1).")
    var minGroup: Int?

    @Option(help: "A target profile defined by the questionnaires, e.g. baseline or enhanced.")
    var profile: String?

    @Option(help: "Also write every scored body into this SQLite file (created if needed; see docs/store.md).")
    var db: String?

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs: expected 1 or more, found \(jobs)") }
        if let minGroup { try Bounds.checkCount(minGroup, option: "--min-group") }
        _ = try formats()
    }

    func formats() throws -> [ReportFormat] {
        guard let reports else { return [] }
        var formats: [ReportFormat] = []
        for name in reports.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let format = ReportFormat(rawValue: name) else {
                throw ValidationError("--reports: unknown format '\(name)'; expected some of: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats
    }

    func run() throws {
        let (library, location) = try library.loadLocated()
        var scoring = ScoringOptions(profileName: profile)
        scoring.library = location.reportName
        let options = BatchOptions(
            outputFolder: out,
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
            reportFormats: try formats(),
            anonymise: anonymise,
            minGroup: minGroup,
            scoring: scoring)
        let files = try BatchInputs.collect(inputs)
        // Before the store is opened (which creates it): no output may be an input or the store.
        try OutputFile.checkFolderOutputs(options.outputFiles, store: db, inputs: inputs.filter { $0 != "-" }, files: (0..<files.count).lazy.map { files[$0] })
        let sink = try db.map { path throws(StoreError) in try StoreSink(store: ResultsStore(path: path), library: library, anonymised: anonymise, profile: profile) }
        let progress = ProgressBar(unit: "files")
        let result: BatchResult
        do throws(BatchError) {
            result = try BatchRunner(library: library, options: options).run(files, sink: sink, progress: progress.update)
        } catch {
            progress.finish()
            throw error
        }
        progress.finish()
        let rate = result.seconds > 0 ? Double(result.files) / result.seconds : 0
        var line = "\(result.scored) of \(result.files) file\(result.files == 1 ? "" : "s") scored in \(String(format: "%.1f", result.seconds)) s (\(Int(rate.rounded())) files/s)"
        if result.skipped > 0 { line += "; \(result.skipped) questionnaire, catalogue, system, review or plan file\(result.skipped == 1 ? " not counted as a body" : "s not counted as bodies")" }
        if result.reports > 0 { line += "; \(result.reports) report\(result.reports == 1 ? "" : "s")" }
        Terminal.error(line + "; outputs in \(out)/")
        if result.failed > 0 {
            let duplicates = result.duplicates > 0 ? " (\(result.duplicates) duplicate body and period)" : ""
            Terminal.error("\(result.failed) file\(result.failed == 1 ? "" : "s") failed\(duplicates); see \(out)/errors.csv")
            throw ExitCode(1)
        }
    }
}
