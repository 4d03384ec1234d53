import Assessment
import Audit
import Foundation

/// Reports made by the scorer for the schema tests, so that every part of a report appears at
/// least once: the golden demo report, and the fixture library's answers scored twice (one
/// copy with a question left unanswered) with targets, peer figures and a timestamp.
enum SampleReports {
    static func all() throws -> [Report] {
        let golden = try RepoFiles.examples(.report).map { path in
            try Report.decode(json: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), path: path)
        }
        let library = try Library.loadStrict(directory: RepoFiles.fixtures + "/library")
        let scorer = Scorer(library: library)
        let answersPath = RepoFiles.fixtures + "/answers.yaml"
        let source = try SourceFile.read(answersPath)
        var answers = try Scorer.decodeAnswers(source)
        var options = ScoringOptions()
        options.generatedAt = "2026-10-15T09:00:00Z"
        let complete = try scorer.score(answers, file: answersPath, answersSHA256: source.sha256, options: options)
        answers.answers.removeFirst()
        options.targets = TargetProfile(id: "strict", domains: ["G-D1": 4], outcomes: ["O-1": .achieved])
        options.targetsSHA256 = source.sha256
        let partial = try scorer.score(answers, file: answersPath, answersSHA256: source.sha256, options: options)
        var peers = PeerAggregator()
        for report in [complete, partial] { peers.add(PeerAggregator.Scores(report)) }
        let benchmark = peers.benchmark(anonymised: false, minGroup: 1)
        return golden + [complete, try partial.withPeers(from: benchmark).sealed()]
    }
}
