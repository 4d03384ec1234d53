import Assessment
import Foundation
import TestSupport
import Testing

/// `sealedWithJSON` writes the digest into the bytes it hashed instead of encoding the report
/// a second time; the result must be exactly what sealing and encoding give, with or without
/// a generation time and a library name, neither of which changes the digest.
@Suite struct SealedJSONTests {
    @Test func oneEncodingPassGivesTheSealedReportsJSON() throws {
        let library = try Library.loadStrict(directory: Repository.questionnaires)
        let scorer = Scorer(library: library)
        let bodies = try FileManager.default.contentsOfDirectory(atPath: Repository.exampleBodies)
            .filter { $0.hasSuffix(".yaml") }.sorted().map { Repository.exampleBodies + "/" + $0 }
        for path in [Repository.demoAnswers] + bodies {
            let source = try SourceFile.read(path)
            let answers = try Scorer.decodeAnswers(source)
            let unnamed = try scorer.score(answers, file: path, answersSHA256: source.sha256).digest
            // A library name that needs escaping is written as the encoder writes it.
            for (generatedAt, library) in [(nil, nil), ("2026-01-01T00:00:00Z", nil), (nil, "questionnaires"), (nil, "C:\\lib \"x\"\tü"), ("2026-01-01T00:00:00Z", "bundled with cyberassess 0.1.0")] as [(String?, String?)] {
                var options = ScoringOptions()
                options.generatedAt = generatedAt
                options.library = library
                let unsealed = try scorer.unsealedReport(answers, file: path, answersSHA256: source.sha256, options: options)
                let (report, json) = try unsealed.sealedWithJSON()
                let expected = try scorer.score(answers, file: path, answersSHA256: source.sha256, options: options)
                #expect(report == expected, Comment(rawValue: path))
                #expect(json == (try expected.canonicalJSON()), Comment(rawValue: path))
                #expect(json == (try expected.encodedJSON()), Comment(rawValue: path))
                #expect(report.provenance.library == library)
                #expect(report.digest == unnamed, "neither the time nor the library's name is digested: \(path)")
            }
        }
    }
}
