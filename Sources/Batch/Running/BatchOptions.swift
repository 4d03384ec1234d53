import Assessment
import CyberYAML
import Foundation
import Platform
import Reports

/// How a batch runs and what it writes.
package struct BatchOptions: Sendable {
    /// The folder every output goes into (created if needed).
    package var outputFolder: String
    /// Worker threads (default: every core; at most `maxJobs`).
    package var jobs: Int
    /// Formats of the per-body reports under `reports/` (none by default).
    package var reportFormats: [ReportFormat]
    /// Leave body names and ids out of `benchmark.json` and the summaries.
    package var anonymise: Bool
    /// Groups smaller than this are suppressed. Default: 5 when anonymising, else 1.
    package var minGroup: Int?
    package var scoring: ScoringOptions
    package var limits: LoaderLimits
    /// Starts worker threads; the seam tests use to refuse them.
    var startThread: ThreadStarter = .system
    /// Writes one per-body report file into the pending folder; the seam tests use to simulate
    /// a full disk. Not synced one by one: the writer syncs the pending folder once before it
    /// moves any report into place.
    var writeReport: @Sendable ([UInt8], String) throws(FileWriteError) -> Void = { bytes, path throws(FileWriteError) in
        try UnsyncedFile.write(bytes, to: path)
    }

    package init(outputFolder: String, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, reportFormats: [ReportFormat] = [], anonymise: Bool = false, minGroup: Int? = nil, scoring: ScoringOptions = ScoringOptions(), limits: LoaderLimits = .default) {
        self.outputFolder = outputFolder
        self.jobs = jobs
        self.reportFormats = reportFormats
        self.anonymise = anonymise
        self.minGroup = minGroup
        self.scoring = scoring
        self.limits = limits
    }

    /// The files a batch writes in `outputFolder` besides the per-body reports.
    package var outputFiles: [String] { BatchWriter.outputs.map { outputFolder + "/" + $0 } }

    /// The most worker threads a batch starts, whatever `jobs` asks for: four per core.
    /// Scoring is CPU-bound, so more only costs memory (an 8 MiB stack each).
    package static var maxJobs: Int { 4 * ProcessInfo.processInfo.activeProcessorCount }

    /// The minimum group size in effect.
    package var effectiveMinGroup: Int { max(1, minGroup ?? (anonymise ? 5 : 1)) }
}

/// What a finished batch did.
package struct BatchResult: Sendable, Equatable {
    /// Input files.
    package var files: Int
    /// Bodies scored (each in the summary and the benchmark).
    package var scored: Int
    /// Files that failed (including duplicates), each listed in `errors.csv`.
    package var failed: Int
    /// Of the failed files, those repeating a body and period scored earlier.
    package var duplicates: Int
    /// Questionnaires and catalogues found in input folders and passed over.
    package var skipped: Int
    /// Bytes of YAML read.
    package var bytes: Int
    /// Wall-clock time of the batch.
    package var seconds: Double
    /// The files written, relative to the output folder (per-body reports not listed).
    package var outputs: [String]
    /// Per-body reports written.
    package var reports: Int
}

/// Progress so far, reported after each file.
package struct BatchProgress: Sendable {
    package var done: Int
    package var total: Int
    package var seconds: Double
}
