import ArgumentParser
import Assessment
import Foundation
import Reports

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
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

    @Option(name: .shortAndLong, help: "Write the comparison to this file (atomically) instead of stdout.")
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Exit 1 when the comparison shows this: regression.")
    var failOn: FailOn?

    @Option(help: ArgumentHelp("Exit 1 when any like-for-like domain score drops by more than this.", valueName: "x"))
    var threshold: Double?

    @Option(name: .customLong("weak-below"), help: ArgumentHelp("Warn that the comparison is weak when the share of questions in common is below this (0-1).", valueName: "share"))
    var weakBelow: Double = Comparison.defaultWeakBelow

    @Option(help: "Target profile for scoring answers files, e.g. baseline.")
    var profile: String?

    enum FailOn: String, ExpressibleByArgument, CaseIterable { case regression }

    func validate() throws {
        if let threshold, !(threshold >= 0) { throw ValidationError("--threshold: expected a score drop of 0 or more, found \(threshold)") }
        if !(0...1).contains(weakBelow) { throw ValidationError("--weak-below: expected a share from 0 to 1 (e.g. 0.8), found \(weakBelow)") }
    }

    func run() throws {
        try reporting {
            var loaded: Library?
            let options = ScoringOptions(profileName: profile)
            let scoringLibrary = { () throws(AssessmentError) -> Library in
                if let loaded { return loaded }
                let fresh = try Library.loadStrict(directory: try Library.locate(explicit: library.directory))
                loaded = fresh
                return fresh
            }
            let oldReport = try Report.read(old, scoringWith: scoringLibrary, options: options)
            let newReport = try Report.read(new, scoringWith: scoringLibrary, options: options)
            let comparison = Comparison(old: oldReport, new: newReport, oldSource: old, newSource: new, weakBelow: weakBelow)

            let k = comparison.comparability
            if k.weak {
                Terminal.error("warning: weak comparison: only \(k.common) of \(k.common + k.onlyOld + k.onlyNew) questions are in both reports (\(percent(k.share)), below \(percent(k.threshold))); scores may not compare like for like")
            }
            let bytes: [UInt8]
            do {
                bytes = try ComparisonRenderer.render(comparison, as: format, colour: output == nil && format == .text && Terminal.stdoutWantsColour)
            } catch let error as ReportError {
                throw Failure.message(error.description)
            }
            if let output {
                try AtomicFile.write(bytes, to: output)
                Terminal.error("wrote \(output)")
            } else {
                Terminal.write(bytes)
            }

            var failures: [String] = []
            if failOn == .regression, !comparison.regressions.isEmpty {
                failures.append("\(comparison.regressions.count) regression\(comparison.regressions.count == 1 ? "" : "s") (--fail-on regression):\n"
                    + comparison.regressions.map { "  " + $0.description }.joined(separator: "\n"))
            }
            if let threshold {
                let drops = comparison.domainDrops(exceeding: threshold)
                if !drops.isEmpty {
                    failures.append("domain score drop\(drops.count == 1 ? "" : "s") of more than \(Format.number(threshold)) (--threshold):\n"
                        + drops.map { "  \($0.domain.id) (\($0.domain.title)): domain score \(scoreText($0.domain.change.oldScore)) → \(scoreText($0.domain.change.newScore))" }.joined(separator: "\n"))
                }
            }
            if !failures.isEmpty { throw Failure.message(failures.joined(separator: "\n")) }
        }
    }

    private func percent(_ share: Double) -> String { Format.percent(share * 100) }
    private func scoreText(_ score: Double?) -> String { Format.score(score) }
}

extension ComparisonFormat: ExpressibleByArgument {}
