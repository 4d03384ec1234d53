import Assessment
import Audit
import Foundation
import Platform
import Reports

/// Takes the workers' outcomes in input order and writes every output of the batch: summary
/// rows as they come, per-body reports moved into place, errors, and at the end the benchmark.
/// The first file for a body and period wins; a later one is a conflict listed in
/// `errors.csv` and counted nowhere else.
struct BatchWriter {
    static let summaryCSV = "summary.csv"
    static let summaryJSONL = "summary.jsonl"
    static let benchmarkJSON = "benchmark.json"
    static let errorsCSV = "errors.csv"
    static let reportsFolder = "reports"
    /// Inside the pending folder: second names of the earlier run's reports being replaced.
    static let replacedFolder = ".replaced"
    /// The files every batch writes.
    static let outputs = [summaryCSV, summaryJSONL, benchmarkJSON, errorsCSV]

    let folder: String
    let options: BatchOptions
    let pendingFolder: String
    private let format: SummaryFormat
    private let csv: StreamingFile
    private let jsonl: StreamingFile
    private let errors: StreamingFile
    private var anonymised: AnonymisedSummary?
    private var aggregator = PeerAggregator()
    /// The first input index of each body and period.
    private var seen = FirstIndexTable()
    private var periodFolders: Set<String> = []
    private(set) var result: BatchResult
    /// Receives every scored body, when the batch has one (e.g. the SQLite store).
    var sink: (any BatchSink)?

    init(folder: String, topics: [String], options: BatchOptions, pendingFolder: String, files: Int) throws(BatchError) {
        self.folder = folder
        self.options = options
        self.pendingFolder = pendingFolder
        format = SummaryFormat(topics: topics, anonymised: options.anonymise)
        csv = try writingOutput { () throws(FileWriteError) in try StreamingFile(path: folder + "/" + Self.summaryCSV) }
        jsonl = try writingOutput { () throws(FileWriteError) in try StreamingFile(path: folder + "/" + Self.summaryJSONL) }
        errors = try writingOutput { () throws(FileWriteError) in try StreamingFile(path: folder + "/" + Self.errorsCSV) }
        // Anonymised, a failed file is named by its place in the input order, not its path.
        try writingOutput { [errors] () throws(FileWriteError) in try errors.write(CSV.row([options.anonymise ? "input" : "file", "line", "column", "message"])) }
        if options.anonymise {
            anonymised = AnonymisedSummary(topics: topics)
        } else {
            try writingOutput { [csv, format] () throws(FileWriteError) in try csv.write(format.csvHeader) }
        }
        result = BatchResult(files: files, scored: 0, failed: 0, duplicates: 0, skipped: 0, bytes: 0, seconds: 0, outputs: [], reports: 0)
    }

    /// Records the outcome of input `index` (outcomes must come in input order).
    mutating func add(_ outcome: FileOutcome, index: Int, inputs: BatchInputs) throws(BatchError) {
        switch outcome {
        case .outputFailed(let error):
            throw error
        case .skipped(let bytes):
            result.bytes += bytes
            result.skipped += 1
        case .failed(let problems, let bytes):
            result.bytes += bytes
            result.failed += 1
            for problem in problems { try writeError(problem, index: index) }
        case .scored(let summary, let bytes, let reports, let results, let lines):
            result.bytes += bytes
            if let first = seen.insert(BodyKey(id: summary.id, period: summary.period), index: index) {
                result.failed += 1
                result.duplicates += 1
                for suffix in reports { unlink(pendingFolder + "/\(index)" + suffix) }
                let message = options.anonymise
                    ? "repeats the body and period of input \(first + 1); this file is left out of the summary and benchmark. Remove one of the two or correct the id or period"
                    : "body '\(summary.id)' for period \(summary.period) is already scored from \(inputs[Int(first)]); this file is left out of the summary, benchmark and reports. Remove one of the two or correct the id or period"
                try writeError(Problem(file: summary.file, mark: summary.idMark, message: message), index: index)
                return
            }
            result.scored += 1
            try fileReports(reports, index: index, summary: summary)
            aggregator.add(summary.scores)
            if let sink, let results { try sink.add(results, file: summary.file) }
            if anonymised != nil {
                anonymised!.add(summary)
            } else {
                try writingOutput { () throws(FileWriteError) in
                    try csv.write(lines?.csv ?? format.csvRow(summary))
                    try jsonl.write(lines?.json ?? format.jsonLine(summary))
                }
            }
        }
    }

    /// One row of `errors.csv`; anonymised, the file is given as its 1-based input number.
    private func writeError(_ p: Problem, index: Int) throws(BatchError) {
        let file = options.anonymise ? String(index + 1) : p.file
        try writingOutput { () throws(FileWriteError) in try errors.write(CSV.row([file, p.line.map(String.init) ?? "", p.column.map(String.init) ?? "", p.message])) }
    }

    /// Files a body's pending reports as `PERIOD/ID.<suffix>` inside the pending folder; they
    /// are moved to `reports/` only when the whole batch has been written (see `finish`).
    private mutating func fileReports(_ suffixes: [String], index: Int, summary: BodySummary) throws(BatchError) {
        guard !suffixes.isEmpty else { return }
        let period = SafeName.make(summary.period)
        let target = pendingFolder + "/" + period
        if !periodFolders.contains(period) {
            if mkdir(target, 0o755) != 0, errno != EEXIST { throw .output(path: target, reason: String(cString: strerror(errno))) }
            periodFolders.insert(period)
        }
        let name = SafeName.make(summary.id)
        for suffix in suffixes {
            let destination = target + "/" + name + suffix
            guard rename(pendingFolder + "/\(index)" + suffix, destination) == 0 else {
                throw .output(path: destination, reason: String(cString: strerror(errno)))
            }
            result.reports += 1
        }
    }

    /// Makes every pending report durable in one step (they are written without a sync of
    /// their own), so none appears under `reports/` before its bytes are on disk.
    private func syncPendingReports() throws(BatchError) {
        try writingOutput { () throws(FileWriteError) in try UnsyncedFile.syncFolder(pendingFolder) }
    }

    /// Moves every filed report from the pending folder into `reports/PERIOD/`, one folder
    /// listing at a time. The reports of an earlier run that are replaced are freed afterwards,
    /// on several threads (see `ReplacedReports`).
    private func publishReports() throws(BatchError) {
        var replaced = ReplacedReports(folder: pendingFolder + "/" + Self.replacedFolder)
        defer { replaced.removeAll() }
        for period in periodFolders.sorted() {
            let from = pendingFolder + "/" + period
            let target = folder + "/" + Self.reportsFolder + "/" + period
            // A period with no reports yet takes the whole pending folder in one rename.
            if rename(from, target) == 0 { continue }
            guard errno == EEXIST || errno == ENOTEMPTY else { throw .output(path: target, reason: String(cString: strerror(errno))) }
            guard let dir = opendir(from) else { throw .output(path: from, reason: String(cString: strerror(errno))) }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafePointer(to: &entry.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
                if name == "." || name == ".." { continue }
                replaced.keep(target + "/" + name)
                guard rename(from + "/" + name, target + "/" + name) == 0 else {
                    throw .output(path: target + "/" + name, reason: String(cString: strerror(errno)))
                }
            }
        }
    }

    /// Writes the benchmark (and the anonymised summary) and puts every file in place. Every
    /// byte is written before anything is put in place, so a full disk leaves the outputs of
    /// an earlier run as they were.
    mutating func finish() throws(BatchError) {
        let minGroup = options.effectiveMinGroup
        if let anonymised {
            try writingOutput { () throws(FileWriteError) in try anonymised.write(csv: csv, jsonl: jsonl, minGroup: minGroup) }
        }
        let benchmarkFile = try writingOutput { [folder] () throws(FileWriteError) in try StreamingFile(path: folder + "/" + Self.benchmarkJSON) }
        let benchmark: [UInt8]
        do {
            benchmark = try aggregator.benchmark(anonymised: options.anonymise, minGroup: minGroup).json()
        } catch {
            throw .output(path: benchmarkFile.path, reason: error.problems.map(\.message).joined(separator: "; "))
        }
        let files = [csv, jsonl, benchmarkFile, errors]
        try writingOutput { () throws(FileWriteError) in
            try benchmarkFile.write(benchmark)
            // All four on their way to disk at once, so that the syncs below wait for one
            // flush rather than four in turn; none appears under its name before all are synced.
            for file in files { try file.finishWriting() }
        }
        if result.reports > 0 { try syncPendingReports() }
        try publishReports()
        try writingOutput { () throws(FileWriteError) in
            for file in files { try file.sync() }
            for file in files { try file.publish() }
        }
        result.outputs = Self.outputs
        if result.reports > 0 { result.outputs.append(Self.reportsFolder + "/") }
        try sink?.finish(result, minGroup: minGroup)
    }
}
