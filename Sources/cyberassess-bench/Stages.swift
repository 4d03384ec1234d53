import Assessment
import Batch
import CyberYAML

/// Where one file's time goes, stage by stage, on one thread.
struct Stages {
    var files = 0
    var raw = 0.0, parse = 0.0, decode = 0.0, hash = 0.0, score = 0.0, digest = 0.0, summary = 0.0

    static func measure(_ corpus: [[UInt8]], paths: [String], library: Library) throws -> Stages {
        var s = Stages()
        let scorer = Scorer(library: library)
        for (bytes, path) in zip(corpus, paths) {
            var t = Measure.now()
            func lap() -> Double { let n = Measure.now(); defer { t = n }; return n - t }
            _ = EventCounter.count(bytes)
            s.raw += lap()
            let source = SourceFile(path: path, bytes: bytes)
            let node = try source.parse()
            s.parse += lap()
            let answers = try source.decode(AnswersFile.self, from: node)
            s.decode += lap()
            let sha = source.sha256
            s.hash += lap()
            let report = try scorer.score(answers, file: path, answersSHA256: sha)
            s.score += lap()
            _ = try report.computeDigest()
            s.digest += lap()
            _ = BodySummary(report: report, file: path, idMark: nil)
            s.summary += lap()
            s.files += 1
        }
        return s
    }

    var table: String {
        let total = parse + decode + hash + score + summary
        func row(_ name: String, _ seconds: Double) -> String {
            "| \(name) | \(fmt(seconds / Double(files) * 1e6, 0)) | \(fmt(seconds / total * 100, 1)) % |"
        }
        return """
            Where one file's time goes (1 thread, µs per file; the digest is part of scoring):

            | Stage | µs/file | share |
            |---|---:|---:|
            \(row("libyaml events only (for reference)", raw))
            \(row("Parser.parse: YAML to nodes", parse))
            \(row("decode AnswersFile from nodes", decode))
            \(row("SHA-256 of the file", hash))
            \(row("Scorer.score (validate, evaluate, framework views, digest)", score))
            \(row("… of which Report.computeDigest (JSONEncoder + SHA-256)", digest))
            \(row("summary row", summary))
            """
    }
}
