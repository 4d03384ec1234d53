import Assessment
import CyberYAML
import Foundation
import Platform
import Reports

/// How a batch runs and what it writes.
public struct BatchOptions: Sendable {
    /// The folder every output goes into (created if needed).
    public var outputFolder: String
    /// Worker threads (default: every core; at most `maxJobs`).
    public var jobs: Int
    /// Formats of the per-body reports under `reports/` (none by default).
    public var reportFormats: [ReportFormat]
    /// Leave body names and ids out of `benchmark.json` and the summaries.
    public var anonymise: Bool
    /// Groups smaller than this are suppressed. Default: 5 when anonymising, else 1.
    public var minGroup: Int?
    public var scoring: ScoringOptions
    public var limits: LoaderLimits
    /// Starts worker threads; the seam tests use to refuse them.
    var startThread: ThreadStarter = .system
    /// Writes one per-body report file into the pending folder; the seam tests use to simulate
    /// a full disk. Not synced one by one: the writer syncs the pending folder once before it
    /// moves any report into place.
    var writeReport: @Sendable ([UInt8], String) throws(FileWriteError) -> Void = { bytes, path throws(FileWriteError) in
        try UnsyncedFile.write(bytes, to: path)
    }

    public init(outputFolder: String, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, reportFormats: [ReportFormat] = [], anonymise: Bool = false, minGroup: Int? = nil, scoring: ScoringOptions = ScoringOptions(), limits: LoaderLimits = .default) {
        self.outputFolder = outputFolder
        self.jobs = jobs
        self.reportFormats = reportFormats
        self.anonymise = anonymise
        self.minGroup = minGroup
        self.scoring = scoring
        self.limits = limits
    }

    /// The files a batch writes in `outputFolder` besides the per-body reports.
    public var outputFiles: [String] { BatchWriter.outputs.map { outputFolder + "/" + $0 } }

    /// The most worker threads a batch starts, whatever `jobs` asks for: four per core.
    /// Scoring is CPU-bound, so more only costs memory (an 8 MiB stack each).
    public static var maxJobs: Int { 4 * ProcessInfo.processInfo.activeProcessorCount }

    /// The minimum group size in effect.
    public var effectiveMinGroup: Int { max(1, minGroup ?? (anonymise ? 5 : 1)) }
}

/// What a finished batch did.
public struct BatchResult: Sendable, Equatable {
    /// Input files.
    public var files: Int
    /// Bodies scored (each in the summary and the benchmark).
    public var scored: Int
    /// Files that failed (including duplicates), each listed in `errors.csv`.
    public var failed: Int
    /// Of the failed files, those repeating a body and period scored earlier.
    public var duplicates: Int
    /// Questionnaires and catalogues found in input folders and passed over.
    public var skipped: Int
    /// Bytes of YAML read.
    public var bytes: Int
    /// Wall-clock time of the batch.
    public var seconds: Double
    /// The files written, relative to the output folder (per-body reports not listed).
    public var outputs: [String]
    /// Per-body reports written.
    public var reports: Int
}

/// Progress so far, reported after each file.
public struct BatchProgress: Sendable {
    public var done: Int
    public var total: Int
    public var seconds: Double
}
