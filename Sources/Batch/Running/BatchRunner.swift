import Assessment
import Foundation
import Platform

/// Scores many answers files in parallel and writes a summary, errors, a peer benchmark and,
/// if asked, one report per body. See `BatchWriter` for the outputs.
///
/// Streaming: each worker reads, scores and renders one file and hands back only a summary
/// row; results are put back in input order through a bounded window, so memory stays flat
/// as the number of files grows, and every output is the same whatever the number of jobs.
/// One bad file never stops the batch.
package struct BatchRunner: Sendable {
    package let library: Library
    package let options: BatchOptions

    package init(library: Library, options: BatchOptions) {
        self.library = library
        self.options = options
    }

    /// Runs the batch. `progress` is called on the calling thread after each file; `sink`, if
    /// given, receives every scored body and is finished last (or abandoned on an error).
    package func run(_ inputs: BatchInputs, sink: (any BatchSink)? = nil, progress: ((BatchProgress) -> Void)? = nil) throws(BatchError) -> BatchResult {
        do throws(BatchError) {
            return try execute(inputs, progress: progress, sink: sink)
        } catch {
            sink?.abandon()
            throw error
        }
    }

    private func execute(_ inputs: BatchInputs, progress: ((BatchProgress) -> Void)?, sink: (any BatchSink)?) throws(BatchError) -> BatchResult {
        let started = Date()
        if let profile = options.scoring.profileName, !library.hasProfile(profile) {
            throw .invalidOption(AssessmentError.unknownProfile(profile, available: library.profileIDs).description)
        }
        if options.anonymise, !options.reportFormats.isEmpty {
            throw .invalidOption("--reports writes one report per body, named by its id; it cannot be combined with --anonymise")
        }
        let folder = options.outputFolder
        try Self.prepare(folder)
        StaleOutputs.remove(in: folder, outputs: BatchWriter.outputs)
        if options.anonymise { try Self.refuseNamedReports(in: folder) }
        let pendingFolder = folder + "/" + BatchWriter.reportsFolder + "/" + StaleOutputs.pendingPrefix + "\(getpid())"
        if !options.reportFormats.isEmpty {
            do throws(FileWriteError) {
                try Folder.create(pendingFolder)
            } catch {
                throw BatchError(error)
            }
        }
        defer { if !options.reportFormats.isEmpty { try? FileManager.default.removeItem(atPath: pendingFolder) } }

        var writer = try BatchWriter(folder: folder, topics: library.questionnaires.map(\.id), options: options, pendingFolder: pendingFolder, files: inputs.count)
        writer.sink = sink
        let worker = BodyWorker(scorer: Scorer(library: library), compiled: CompiledScorer(library: library, options: options.scoring),
                                options: options, pendingFolder: pendingFolder, keepsResults: sink != nil,
                                format: options.anonymise ? nil : SummaryFormat(topics: library.questionnaires.map(\.id), anonymised: false))
        let jobs = max(1, min(options.jobs, inputs.count, BatchOptions.maxJobs))
        let queue = OrderedWorkQueue<FileOutcome>(total: inputs.count, window: max(16, jobs * 8))
        let workers = queue.startWorkers(jobs, starter: sink == nil ? options.startThread : options.startThread.yielding(by: 5)) { index in
            worker.process(inputs[index], index: index, foundInFolder: inputs.foundInFolder(index))
        }
        // When the system refuses every worker thread, this thread does the work itself.
        func outcome(_ index: Int) -> FileOutcome {
            workers > 0 ? queue.take() : worker.process(inputs[index], index: index, foundInFolder: inputs.foundInFolder(index))
        }
        do throws(BatchError) {
            for index in 0..<inputs.count {
                try writer.add(outcome(index), index: index, inputs: inputs)
                progress?(BatchProgress(done: index + 1, total: inputs.count, seconds: Date().timeIntervalSince(started)))
            }
            try writer.finish()
        } catch {
            queue.cancel()
            queue.waitForWorkers()
            throw error
        }
        queue.waitForWorkers()
        var result = writer.result
        result.seconds = Date().timeIntervalSince(started)
        return result
    }

    /// Refuses an output folder whose `reports/` holds anything: reports of an earlier run
    /// are named by body id, and anonymised output must name no body.
    static func refuseNamedReports(in folder: String) throws(BatchError) {
        let reports = folder + "/" + BatchWriter.reportsFolder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: reports), !names.isEmpty else { return }
        throw .badOutputFolder(path: folder, reason: "reports/ holds per-body reports named by body id from an earlier run; remove it or choose another --out for anonymised output")
    }

    /// Creates the output folder, refusing a path that is a file.
    static func prepare(_ folder: String) throws(BatchError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .badOutputFolder(path: folder, reason: "it is a file") }
            return
        }
        do throws(FileWriteError) {
            try Folder.create(folder)
        } catch {
            throw BatchError(error)
        }
    }
}
