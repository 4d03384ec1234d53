import Assessment
import Batch
import CyberYAML

/// Where one file's time goes, stage by stage, on one thread: the compiled scorer path that batch takes
/// when it writes no per-body reports, the older fast path it falls back to, and the report
/// path it takes when it writes reports.
struct Stages {
    var files = 0
    var raw = 0.0
    // Plan path.
    var planRead = 0.0, planScore = 0.0, planSummary = 0.0
    // Fast path.
    var stream = 0.0, summarise = 0.0, summary = 0.0
    // Report path.
    var parse = 0.0, decode = 0.0, score = 0.0, digest = 0.0

    static func measure(_ corpus: [[UInt8]], paths: [String], library: Library) throws -> Stages {
        var s = Stages()
        let scorer = Scorer(library: library)
        guard let compiled = CompiledScorer(library: library, options: ScoringOptions()) else { throw BenchError("the library does not compile into a compiled scorer") }
        for (bytes, path) in zip(corpus, paths) {
            var t = Measure.now()
            func lap() -> Double { let n = Measure.now(); defer { t = n }; return n - t }
            _ = EventCounter.count(bytes)
            s.raw += lap()
            guard let (planned, _) = CompiledAnswersReader.read(bytes, compiled: compiled) else { continue }
            s.planRead += lap()
            guard let scored = compiled.score(planned) else { continue }
            s.planScore += lap()
            _ = scored.summary(compiled)
            s.planSummary += lap()
            guard let (streamed, idMark) = AnswersStreamReader.read(bytes) else { continue }
            s.stream += lap()
            let summary = try scorer.summarise(streamed, file: path)
            s.summarise += lap()
            _ = BodySummary(summary: summary, file: path, idMark: idMark)
            s.summary += lap()
            let source = SourceFile(path: path, bytes: bytes)
            let node = try source.parse()
            s.parse += lap()
            let answers = try source.decode(AnswersFile.self, from: node)
            s.decode += lap()
            let report = try scorer.score(answers, file: path, answersSHA256: source.sha256)
            s.score += lap()
            _ = try report.computeDigest()
            s.digest += lap()
            s.files += 1
        }
        return s
    }

    var table: String {
        func row(_ name: String, _ seconds: Double) -> String {
            "| \(name) | \(fmt(seconds / Double(max(1, files)) * 1e6, 0)) |"
        }
        return """
            Where one file's time goes (1 thread, µs per file):

            | Stage | µs/file |
            |---|---:|
            \(row("libyaml events only (the floor)", raw))
            \(row("compiled path: CompiledAnswersReader.read (bytes to compiled layout)", planRead))
            \(row("compiled path: CompiledScorer.score", planScore))
            \(row("compiled path: summary", planSummary))
            \(row("fast path: AnswersStreamReader.read", stream))
            \(row("fast path: Scorer.summarise (validate, score)", summarise))
            \(row("fast path: summary row", summary))
            \(row("report path: Parser.parse (YAML to nodes)", parse))
            \(row("report path: decode AnswersFile from nodes", decode))
            \(row("report path: Scorer.score (with framework views, digest)", score))
            \(row("report path: … of which Report.computeDigest", digest))
            """
    }
}
