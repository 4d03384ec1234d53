import CyberYAML
import TestSupport
import Testing
@testable import Assessment

/// The byte-level reader must lay out every example file as the compiled scorer lays out its decoded
/// answers, score it to the ordinary summary, and give up on every file the ordinary path
/// reports a problem in or reads differently.
@Suite struct CompiledAnswersReaderTests {
    static let fixturePlan = CompiledScorer(library: FastPathTests.fixtureScorer.library, options: ScoringOptions())!

    @Test(arguments: FastPathTests.examples)
    func readsEveryExampleAsTheDecoderDoes(path: String) throws {
        let scorer = path.hasPrefix(Repository.fixtures + "/reuse-") ? FastPathTests.reuseScorer
            : path.hasPrefix(Repository.fixtures) ? FastPathTests.fixtureScorer : FastPathTests.bundledScorer
        let source = try SourceFile.read(path)
        let decoded = try Scorer.decodeAnswers(source)
        let compiled = try #require(CompiledScorer(library: scorer.library, options: ScoringOptions()))
        let (streamed, idMark) = try #require(CompiledAnswersReader.read(source.bytes, compiled: compiled), "the byte reader gave up on \(path)")
        let laidOut = try #require(CompiledAnswers(decoded, compiled: compiled))
        #expect(streamed.states == laidOut.states)
        #expect(streamed.agreed == laidOut.agreed)
        #expect(streamed.latestEvidence == laidOut.latestEvidence)
        #expect(streamed.body == decoded.body && streamed.period == decoded.period && streamed.date == decoded.date)
        #expect(streamed.assessor == decoded.assessor && streamed.questionnaires == decoded.questionnaires)
        #expect(idMark == (try source.parse()).mapping?["body"]?.mapping?["id"]?.mark)
        let summary = try #require(compiled.score(streamed)).summary(compiled)
        #expect(summary == (try scorer.summarise(decoded, file: path)))
    }

    static let base = """
        body: {id: E1, name: Council, type: district}
        period: 2026-27
        date: 2026-10-01
        questionnaires: {graded-test: 1.0.0, outcome-test: 1.0.0}
        answers:
          G-1: mid

        """

    @Test func readsTheDocumentedForms() throws {
        let text = Self.base + """
              G-2: {answer: high, comment: c, answered_by: me, evidence: [{title: t, location: l, date: 2026-01-02}]}
              G-3: {answer: na, justification: none here}
              G-5: ~
              G-4: ""
              G-99:
              G-6: {comment: ""}
              O-1: {agreed: [A1, NA1]}
              O-2: {agreed: []}

            """
        let (answers, _) = try #require(CompiledAnswersReader.read(Array(text.utf8), compiled: Self.fixturePlan))
        let decoded = try NodeDecoder().decode(AnswersFile.self, from: Parser.parse(text))
        #expect(answers.states == (try #require(CompiledAnswers(decoded, compiled: Self.fixturePlan))).states)
        let compiled = Self.fixturePlan
        func state(_ id: String) -> Int16 { answers.states[compiled.questionIDs.index(ofText: id)!] }
        #expect(state("G-1") == 2 && state("G-2") == 3)
        #expect(state("G-3") == CompiledAnswers.State.notApplicable.rawValue)
        #expect(state("G-5") == CompiledAnswers.State.absent.rawValue)
        #expect(state("G-6") == CompiledAnswers.State.notesOnly.rawValue)
        #expect(state("O-1") == CompiledAnswers.State.indicators.rawValue)
        // O-1's indicators are numbered not achieved, partially achieved, achieved: NA1 0, A1 3.
        #expect(answers.agreed[compiled.questionIDs.index(ofText: "O-1")!] == 0b1001)
        #expect(answers.latestEvidence == Day("2026-01-02"))
    }

    /// Each line makes the ordinary path report a problem (checked first), or is a form the
    /// reader leaves to it; the byte reader must give up on every one.
    @Test(arguments: [
        "  G-2: &a high\n", "  G-2: *a\n", "  G-2: !!str high\n", "  G-1: low\n",
        "  G-2: {answer: high, wieght: 2}\n", "  G-2: {answer: high, agreed: [A1]}\n", "  G-2: [high]\n",
        "  G-2: {evidence: [{title: t, date: 2026-13-01}]}\n", "---\nbody: {id: E2, name: Other}\n",
        "  G-2: highest\n",                                   // not an option
        "  G-2: na\n",                                        // na not allowed
        "  G-3: na\n",                                        // na without a justification
        "  G-3: {answer: na, justification: \"   \"}\n",      // a blank justification
        "  G-9: high\n",                                      // unknown question
        "  G-9:\n  G-9:\n",                                   // an unknown blank key twice
        "  P-1: met\n",                                       // questionnaire not listed
        "  O-1: met\n",                                       // an option for an outcome
        "  G-2: {agreed: [A1]}\n",                            // indicators for a graded question
        "  O-1: {agreed: [A9]}\n",                            // unknown indicator
        "  O-1: {agreed: [A1, A1]}\n",                        // an indicator twice
        "  G-2: {answer: low, evidence: [{title: \"  \"}]}\n", // a blank evidence title
        "  G-2: {answer: low, evidence: [{title: t, date: 2027-01-01}]}\n", // evidence after the date
    ])
    func givesUpOnWhatTheOrdinaryPathReports(extra: String) {
        let bytes = Array((Self.base + extra).utf8)
        #expect(CompiledAnswersReader.read(bytes, compiled: Self.fixturePlan) == nil)
        let ordinary = Result { () throws -> ReportSummary in
            let answers = try Scorer.decodeAnswers(SourceFile(path: "a.yaml", bytes: bytes))
            return try FastPathTests.fixtureScorer.summarise(answers, file: "a.yaml")
        }
        // The unusual forms the ordinary path accepts are read there in full.
        if case .success = ordinary { #expect(["&a", "*a", "!!str"].contains { extra.contains($0) }) }
    }

    @Test func givesUpOnInvalidUTF8AndOversizedInput() {
        #expect(CompiledAnswersReader.read(Array(Self.base.utf8) + [0xC3], compiled: Self.fixturePlan) == nil)
        #expect(CompiledAnswersReader.read(Array(Self.base.utf8), compiled: Self.fixturePlan, limits: LoaderLimits(maxBytes: 10)) == nil)
        #expect(CompiledAnswersReader.read(Array(Self.base.utf8), compiled: Self.fixturePlan, limits: LoaderLimits(maxNodes: 10)) == nil)
        // The reader reads the caller's bytes in place; no bytes at all, or a file cut short,
        // gives up without reading past them.
        #expect(CompiledAnswersReader.read([], compiled: Self.fixturePlan) == nil)
        #expect(CompiledAnswersReader.read(Array(Self.base.utf8.prefix(Self.base.utf8.count / 2)), compiled: Self.fixturePlan) == nil)
    }

    @Test func questionnairesAtAnotherVersionOrUnknownGiveUp() {
        let older = Self.base.replacingOccurrences(of: "graded-test: 1.0.0", with: "graded-test: 0.9.0")
        let unknown = Self.base.replacingOccurrences(of: "outcome-test: 1.0.0", with: "outcome-tset: 1.0.0")
        #expect(CompiledAnswersReader.read(Array(older.utf8), compiled: Self.fixturePlan) == nil)
        #expect(CompiledAnswersReader.read(Array(unknown.utf8), compiled: Self.fixturePlan) == nil)
    }
}
