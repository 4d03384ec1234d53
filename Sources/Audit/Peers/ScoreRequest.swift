import Assessment
/// What `score` is asked to do beyond the library: which answers file, with which settings,
/// and which optional targets and peer benchmark files.
package struct ScoreRequest: Sendable {
    /// The answers file (YAML).
    package var answersPath: String
    /// Profile, evidence age, topic weights and timestamp.
    package var options: ScoringOptions
    /// A target profile file, overriding the questionnaires' targets.
    package var targetsPath: String?
    /// A `benchmark.json` from `batch`, for peer figures.
    package var benchmarkPath: String?

    package init(answersPath: String, options: ScoringOptions = ScoringOptions(), targetsPath: String? = nil, benchmarkPath: String? = nil) {
        self.answersPath = answersPath
        self.options = options
        self.targetsPath = targetsPath
        self.benchmarkPath = benchmarkPath
    }
}

extension Scorer {
    /// Scores a request the way `cyberassess score` does: loads the targets file, scores the
    /// answers, then adds peer figures from the benchmark and seals the digest over them.
    package func score(_ request: ScoreRequest) throws(AssessmentError) -> Report {
        var options = request.options
        if let path = request.targetsPath {
            let (profile, sha) = try TargetsFile.load(path, library: library)
            options.targets = profile
            options.targetsSHA256 = sha
        }
        let report = try score(file: request.answersPath, options: options)
        guard let path = request.benchmarkPath else { return report }
        return try report.withPeers(from: try PeerBenchmark.load(path))
    }
}

extension Report {
    /// Fails with one problem naming the unanswered questions, for `--strict`.
    package func requireComplete(file: String) throws(AssessmentError) {
        guard !unanswered.isEmpty else { return }
        let count = unanswered.count
        let listed = unanswered.prefix(10).map(\.id).joined(separator: ", ") + (count > 10 ? ", ..." : "")
        throw .invalid([Problem(file: file, mark: nil, message: "\(count) applicable question\(count == 1 ? " is" : "s are") unanswered (--strict): \(listed); answer them or drop --strict")])
    }
}
