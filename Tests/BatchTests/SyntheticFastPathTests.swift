import Assessment
import CyberYAML
import Batch
import Synthetic
import Testing

/// Generated bodies of every type, several seeds: the fast path (answers streamed from
/// libyaml's events, scored for the summary alone) must give exactly the summary of the
/// ordinary path (answers decoded from nodes, scored into a full report), with and without
/// topic weights and a target profile.
@Suite struct SyntheticFastPathTests {
    static let scorer = Scorer(library: BatchFixtures.library)

    @Test(arguments: [1, 42, 2026] as [UInt64])
    func streamedSummaryMatchesTheFullReport(seed: UInt64) throws {
        let generator = SyntheticBodies(library: BatchFixtures.library, seed: seed)
        var types: Set<String> = []
        for index in 0..<16 {
            let source = SourceFile(path: generator.fileName(index), bytes: Array(try generator.yaml(index).utf8))
            let decoded = try Scorer.decodeAnswers(source)
            let streamed = try #require(AnswersStreamReader.read(source.bytes), "the fast reader gave up on body \(index) of seed \(seed)").answers
            #expect(streamed == decoded)
            types.insert(decoded.body.type ?? "")
            let weighted = ScoringOptions(topicWeights: [decoded.questionnaires[0].id: 2.5], generatedAt: nil)
            let profiled = ScoringOptions(profileName: Self.scorer.library.profileIDs.first, generatedAt: nil)
            for options in [ScoringOptions(), weighted, profiled] {
                let report = try Self.scorer.score(decoded, file: source.path, answersSHA256: source.sha256, options: options)
                #expect(try Self.scorer.summarise(streamed, file: source.path, options: options) == ReportSummary(report))
            }
        }
        #expect(types.count >= 3, "expected bodies of several types, found \(types.sorted())")
    }
}
