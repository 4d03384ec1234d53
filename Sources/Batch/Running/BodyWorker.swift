import Assessment
import Audit
import CyberYAML
import Foundation
import Platform
import Reports

/// What a worker hands back for one input file.
enum FileOutcome: Sendable {
    /// Scored; `reports` are the suffixes of the per-body reports written to the pending folder;
    /// `results` are kept only when the batch has a sink.
    /// `lines` are the body's summary rows, written by the worker when the summary names bodies.
    case scored(BodySummary, bytes: Int, reports: [String], results: ResultRows? = nil, lines: SummaryLines? = nil)
    case failed([Problem], bytes: Int)
    /// A questionnaire or catalogue found in an input folder.
    case skipped(bytes: Int)
    /// A per-body report could not be written (a full disk, say): the batch must stop.
    case outputFailed(BatchError)
}

/// Reads, scores and renders one file. Runs on a worker thread; shares nothing mutable.
struct BodyWorker: Sendable {
    let scorer: Scorer
    /// The library compiled for this run's options, when it compiles (`CompiledScorer`).
    let compiled: CompiledScorer?
    let options: BatchOptions
    /// Where per-body reports wait, named by input index, until the writer files them.
    let pendingFolder: String
    /// Whether to keep each body's questions and recommendations for a `BatchSink`.
    var keepsResults = false
    /// The summary's columns, when each body's rows are written here rather than on the
    /// writer's thread (a summary that names bodies); nil for an anonymised summary.
    var format: SummaryFormat?

    func process(_ path: String, index: Int, foundInFolder: Bool) -> FileOutcome {
        let outcome = score(path, index: index, foundInFolder: foundInFolder)
        // The writer's thread is the one thread every body passes through: what can be done
        // per body in parallel is done here.
        guard let format, case .scored(let summary, let bytes, let reports, let results, nil) = outcome else { return outcome }
        return .scored(summary, bytes: bytes, reports: reports, results: results, lines: SummaryLines(csv: format.csvRow(summary), json: format.jsonLine(summary)))
    }

    private func score(_ path: String, index: Int, foundInFolder: Bool) -> FileOutcome {
        var size = 0
        do {
            let bytes = try FileBytes.read(path, limits: options.limits)
            size = bytes.count
            // Without per-body reports only the scores are needed: match the answers on the
            // bytes of libyaml's events and score them by the compiled compiled. Anything the compiled scorer's
            // reader does not accept (other kinds of file, mistakes, unusual forms) goes on to
            // the next path, and in the end to the ordinary one, which reports it in full.
            if options.reportFormats.isEmpty, let compiled, let (answers, idMark) = CompiledAnswersReader.read(bytes, compiled: compiled, limits: options.limits),
               let scored = compiled.score(answers) {
                return .scored(BodySummary(summary: scored.summary(compiled), file: path, idMark: idMark), bytes: size, reports: [],
                               results: keepsResults ? scored.rows(compiled, answersSHA256: sha256Hex(bytes)) : nil)
            }
            let streamed = AnswersStreamReader.read(bytes, limits: options.limits)
            if options.reportFormats.isEmpty, let (answers, idMark) = streamed {
                if keepsResults {
                    let results = try scorer.results(answers, file: path, answersSHA256: sha256Hex(bytes), options: options.scoring)
                    return .scored(BodySummary(summary: results.summary, file: path, idMark: idMark), bytes: size, reports: [], results: ResultRows(results))
                }
                let summary = try scorer.summarise(answers, file: path, options: options.scoring)
                return .scored(BodySummary(summary: summary, file: path, idMark: idMark), bytes: size, reports: [])
            }
            // With reports: answers the fast reader accepts are exactly the decoder's (marks
            // included), so it spares the node tree; anything else is parsed and decoded.
            let answers: AnswersFile, idMark: Mark?
            if let (read, mark) = streamed {
                (answers, idMark) = (read, mark)
            } else {
                let source = SourceFile(path: path, bytes: bytes)
                let node = try source.parse(limits: options.limits)
                // A questionnaire or catalogue met while searching a folder is not a mistake.
                if foundInFolder, let kind = FileKind.detect(node), kind != .answers || ImprovementPlan.isPlan(node) { return .skipped(bytes: size) }
                answers = try source.decodeAnswers(from: node)
                // A critical system's file or a review belongs to its body's assessment; it is
                // checked, but it is not a second submission of the body and period.
                if !answers.isOrganisation || answers.review != nil {
                    _ = try scorer.summarise(answers, file: path, options: options.scoring)
                    return .skipped(bytes: size)
                }
                idMark = node.mapping?["body"]?.mapping?.pair("id")?.value.mark
            }
            // The digest needs the canonical JSON; a JSON report reuses those bytes.
            let (report, json) = try scorer.unsealedReport(answers, file: path, answersSHA256: sha256Hex(bytes), options: options.scoring).sealedWithJSON()
            var written: [String] = []
            for format in options.reportFormats {
                let rendered = format == .json ? json : try ReportRenderer.render(report, as: format)
                do throws(FileWriteError) {
                    try options.writeReport(rendered, pendingFolder + "/\(index)" + format.fileSuffix)
                } catch {
                    return .outputFailed(BatchError(error))
                }
                written.append(format.fileSuffix)
            }
            return .scored(BodySummary(report: report, file: path, idMark: idMark), bytes: size, reports: written,
                           results: keepsResults ? ResultRows(ScoredResults(report)) : nil)
        } catch let error as AssessmentError {
            return .failed(error.problems.map { $0.file.isEmpty ? Problem(file: path, mark: nil, message: $0.message) : $0 }, bytes: size)
        } catch {
            return .failed([Problem(file: path, mark: nil, message: "\(error)")], bytes: size)
        }
    }
}
