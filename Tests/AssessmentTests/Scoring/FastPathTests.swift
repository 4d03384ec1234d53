import CyberYAML
import Foundation
import TestSupport
import Testing
@testable import Assessment

/// Batch scoring's fast path (streaming answers reader and score-only evaluation) must agree
/// exactly with the ordinary path on every file it accepts, and give up on anything unusual.
@Suite struct FastPathTests {
    static let bundledScorer = Scorer(library: try! Library.loadStrict(directory: Repository.questionnaires))
    static let fixtureScorer = Scorer(library: try! Library.loadStrict(directory: Repository.fixtures + "/library"))
    static let reuseScorer = Scorer(library: try! Library.loadStrict(directory: Repository.fixtures + "/reuse-library"))
    /// The bundled examples, the fixture answers, and the same_as and body-type fixtures.
    static let examples = YAMLFiles.listRecursively(in: Repository.questionnaires + "/examples") + [Repository.fixtures + "/answers.yaml"]
        + YAMLFiles.list(in: Repository.fixtures + "/reuse-answers")

    @Test(arguments: examples)
    func streamReaderMatchesTheDecoder(path: String) throws {
        let source = try SourceFile.read(path)
        let decoded = try Scorer.decodeAnswers(source)
        let streamed = try #require(AnswersStreamReader.read(source.bytes) as (answers: AnswersFile, bodyIDMark: Mark)?, "the fast reader gave up on \(path)")
        #expect(streamed.answers == decoded)
        #expect(streamed.answers.answers.map(\.mark) == decoded.answers.map(\.mark))
        #expect(streamed.answers.answers.map(\.valueMark) == decoded.answers.map(\.valueMark))
        let node = try source.parse()
        #expect(streamed.bodyIDMark == node.mapping?["body"]?.mapping?["id"]?.mark)
    }

    @Test(arguments: examples)
    func summaryMatchesTheFullReport(path: String) throws {
        let scorer = path.hasPrefix(Repository.fixtures + "/reuse-") ? Self.reuseScorer
            : path.hasPrefix(Repository.fixtures) ? Self.fixtureScorer : Self.bundledScorer
        let source = try SourceFile.read(path)
        let answers = try Scorer.decodeAnswers(source)
        // The fast path: answers read from libyaml's events, scored for the summary alone.
        let streamed = try #require(AnswersStreamReader.read(source.bytes)).answers
        #expect(try scorer.summarise(streamed, file: path) == ReportSummary(scorer.score(answers, file: path, answersSHA256: source.sha256)))
        for options in [ScoringOptions(), ScoringOptions(topicWeights: [answers.questionnaires[0].id: 3], generatedAt: nil)] {
            let report = try scorer.score(answers, file: path, answersSHA256: source.sha256, options: options)
            #expect(try scorer.summarise(answers, file: path, options: options) == ReportSummary(report))
        }
    }

    static let base = """
        body: {id: E1, name: Council}
        period: 2026-27
        date: 2026-10-01
        questionnaires: {graded-test: 1.0.0}
        answers:
          G-1: mid

        """

    @Test func acceptsTheDocumentedForms() throws {
        let text = Self.base + """
              G-2: {answer: high, comment: c, answered_by: me, evidence: [{title: t, location: l, date: 2026-01-02}]}
              G-3: {answer: na, justification: none here}
              G-5: ~
              O-1: {agreed: [A1, NA1]}

            """
        let streamed = try #require(AnswersStreamReader.read(Array(text.utf8)))
        let decoded = try NodeDecoder().decode(AnswersFile.self, from: Parser.parse(text))
        #expect(streamed.answers == decoded)
        #expect(streamed.answers.answers.count == 4)
    }

    @Test(arguments: [
        "  G-2: &a high\n",                      // anchor
        "  G-2: *a\n",                           // alias
        "  G-2: !!str high\n",                   // tag
        "  G-1: low\n",                          // duplicate key
        "  G-2: {answer: high, wieght: 2}\n",    // unknown key
        "  G-2: {answer: high, agreed: [A1]}\n", // both forms
        "  G-2: [high]\n",                       // wrong shape
        "  G-2: {evidence: [{title: t, date: 2026-13-01}]}\n", // impossible date
        "---\nbody: {id: E2, name: Other}\n",    // second document
    ])
    func givesUpOnAnythingUnusual(extra: String) {
        #expect(AnswersStreamReader.read(Array((Self.base + extra).utf8)) == nil)
    }

    @Test func givesUpOnInvalidUTF8AndOversizedInput() {
        #expect(AnswersStreamReader.read(Array(Self.base.utf8) + [0xC3]) == nil)
        #expect(AnswersStreamReader.read(Array(Self.base.utf8), limits: LoaderLimits(maxBytes: 10)) == nil)
        #expect(AnswersStreamReader.read(Array(Self.base.utf8), limits: LoaderLimits(maxNodes: 10)) == nil)
    }
}
