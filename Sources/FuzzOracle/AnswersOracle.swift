import Assessment
import CyberYAML

/// What must hold for any bytes at all, within the loader's limits:
/// - the YAML loader, the ordinary answers decoder, the fast stream reader, the questionnaire
///   decoder and the scorer return or throw, and never crash or hang;
/// - where the fast stream reader accepts a file, the ordinary decoder accepts it too and
///   reads the same answers, with the same marks;
/// - answers the scorer accepts score the same through the report and the summary, and every
///   score is finite and on its questionnaire's scale;
/// - where the compiled scorer's byte reader and scorer accept a file, the scorer accepts it too
///   and gives the same summary and store rows; where the scorer refuses it, the compiled scorer refuses it.
///
/// It lives in the package, where it can reach the readers and the compiled scorer, and shows
/// the fuzzer (a package of its own, `Fuzz/`) one call.
public enum AnswersOracle {
    /// Small limits keep each run fast; they are the limits both readers are given.
    static let limits = LoaderLimits(maxBytes: 1 << 20, maxNodes: 100_000)
    /// The repository's library, found from this file's place in it.
    static let scorer: Scorer? = {
        let root = "/" + #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
        return (try? Library.loadStrict(directory: root + "/questionnaires")).map(Scorer.init)
    }()

    /// The bundled library compiled for default options.
    static let compiled: CompiledScorer? = scorer.flatMap { CompiledScorer(library: $0.library, options: ScoringOptions()) }

    /// What failed on `bytes`, or nil when every property held.
    public static func check(_ bytes: [UInt8]) -> String? {
        do {
            try checkAll(bytes)
            return nil
        } catch {
            return error.message
        }
    }

    static func checkAll(_ bytes: [UInt8]) throws(Failure) {
        let source = SourceFile(path: "fuzz.yaml", bytes: bytes)
        try checkPlan(bytes)
        let ordinary = Result { () throws(AssessmentError) in try source.decodeAnswers(limits: limits) }
        if let streamed = AnswersStreamReader.read(bytes, limits: limits) {
            guard case .success(let decoded) = ordinary else {
                throw fail("the stream reader accepted a file the decoder refuses: \(ordinary)")
            }
            guard streamed.answers == decoded.answers else {
                throw fail("the readers disagree:\n  stream:  \(streamed.answers)\n  decoder: \(decoded.answers)")
            }
            guard streamed.answers.answers.map(\.mark) == decoded.answers.answers.map(\.mark),
                  streamed.answers.answers.map(\.valueMark) == decoded.answers.answers.map(\.valueMark),
                  streamed.bodyIDMark == decoded.node.mapping?["body"]?.mapping?["id"]?.mark
            else { throw fail("the readers disagree on marks") }
        }
        if case .success(let decoded) = ordinary { try score(decoded.answers) }
        // The questionnaire decoder walks the same nodes another way.
        _ = try? source.decode(Questionnaire.self, from: source.parse(limits: limits))
    }

    static func score(_ answers: AnswersFile) throws(Failure) {
        guard let scorer, let report = try? scorer.score(answers, file: "fuzz.yaml", answersSHA256: "") else { return }
        guard let summary = try? scorer.summarise(answers, file: "fuzz.yaml"), summary == ReportSummary(report) else {
            throw fail("the summary disagrees with the report")
        }
        for topic in report.topics {
            let scale = 0...Double(topic.scaleMax)
            for score in [topic.score] + topic.domains.map(\.score) {
                guard score.map(scale.contains) ?? true else { throw fail("score \(score!) is off the scale 0...\(topic.scaleMax)") }
            }
        }
    }

    /// The compiled scorer path against the ordinary one on the same bytes.
    static func checkPlan(_ bytes: [UInt8]) throws(Failure) {
        guard let scorer, let compiled else { return }
        let planned = CompiledAnswersReader.read(bytes, compiled: compiled, limits: limits).flatMap { compiled.score($0.answers) }
        let answers = try? SourceFile(path: "fuzz.yaml", bytes: bytes).decodeAnswers(limits: limits).answers
        let results = answers.flatMap { try? scorer.results($0, file: "fuzz.yaml", answersSHA256: "") }
        guard let planned else { return }
        guard let results else { throw fail("the compiled scorer scored a file the ordinary path refuses") }
        guard planned.summary(compiled) == results.summary else { throw fail("the compiled scorer's summary disagrees with the scorer's") }
        guard planned.rows(compiled, answersSHA256: "") == ResultRows(results) else { throw fail("the compiled scorer's store rows disagree with the scorer's") }
    }

    /// A property that did not hold.
    struct Failure: Error {
        var message: String
    }

    static func fail(_ message: String) -> Failure { Failure(message: message) }
}
