import Assessment
import Foundation
import TestSupport
import Testing

/// `sealedWithJSON` writes the digest into the bytes it hashed instead of encoding the report
/// a second time; the result must be exactly what sealing and encoding give.
@Suite struct SealedJSONTests {
    @Test func oneEncodingPassGivesTheSealedReportsJSON() throws {
        let library = try Library.loadStrict(directory: Repository.questionnaires)
        let scorer = Scorer(library: library)
        let bodies = try FileManager.default.contentsOfDirectory(atPath: Repository.exampleBodies)
            .filter { $0.hasSuffix(".yaml") }.sorted().map { Repository.exampleBodies + "/" + $0 }
        for path in [Repository.demoAnswers] + bodies {
            let source = try SourceFile.read(path)
            let answers = try Scorer.decodeAnswers(source)
            for generatedAt in [nil, "2026-01-01T00:00:00Z"] {
                var options = ScoringOptions()
                options.generatedAt = generatedAt
                let unsealed = try scorer.unsealedReport(answers, file: path, answersSHA256: source.sha256, options: options)
                let (report, json) = try unsealed.sealedWithJSON()
                let expected = try scorer.score(answers, file: path, answersSHA256: source.sha256, options: options)
                #expect(report == expected, Comment(rawValue: path))
                #expect(json == (try expected.canonicalJSON()), Comment(rawValue: path))
            }
        }
    }
}
