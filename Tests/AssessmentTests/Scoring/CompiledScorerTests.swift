import CyberYAML
import TestSupport
import Testing
@testable import Assessment

/// The compiled scorer must give exactly the ordinary path's summary (`Scorer.summarise`,
/// itself held to the full report by `FastPathTests`) on every example file, under several
/// scoring options, and refuse (nil) whatever the ordinary path would report as a problem.
@Suite struct CompiledScorerTests {
    /// Default options, a topic weight, the first profile, and the topics in reverse order.
    static func optionSets(_ library: Library, _ answers: AnswersFile) -> [(String, ScoringOptions)] {
        var reversed = ScoringOptions()
        reversed.topicOrder = library.questionnaires.map(\.id).reversed()
        return [("default", ScoringOptions()), ("weighted", ScoringOptions(topicWeights: [answers.questionnaires[0].id: 2.5])),
                ("profile", ScoringOptions(profileName: library.profileIDs.first)), ("order", reversed)]
    }

    @Test(arguments: FastPathTests.examples)
    func planMatchesTheOrdinaryPath(path: String) throws {
        let scorer = path.hasPrefix(Repository.fixtures + "/reuse-") ? FastPathTests.reuseScorer
            : path.hasPrefix(Repository.fixtures) ? FastPathTests.fixtureScorer : FastPathTests.bundledScorer
        let answers = try Scorer.decodeAnswers(SourceFile.read(path))
        for (name, options) in Self.optionSets(scorer.library, answers) {
            let compiled = try #require(CompiledScorer(library: scorer.library, options: options), "no compiled for \(name)")
            let laidOut = try #require(CompiledAnswers(answers, compiled: compiled), "the compiled scorer refused \(path)")
            let scored = try #require(compiled.score(laidOut), "the compiled scorer could not score \(path) (\(name))")
            #expect(scored.summary(compiled) == (try scorer.summarise(answers, file: path, options: options)), "\(path) with \(name) options")
            let rows = scored.rows(compiled, answersSHA256: "abc")
            let results = try scorer.results(answers, file: path, answersSHA256: "abc", options: options)
            #expect(rows == ResultRows(results), "\(path) with \(name) options")
            // Every recommendation once, ranked from 1, on questions kept in id order.
            let ranks = rows.questions.compactMap(\.rank).sorted()
            #expect(ranks == Array(1..<ranks.count + 1) && ranks.count == results.recommendations.count)
            #expect(!rows.questions.isEmpty && rows.questions.map(\.id) == rows.questions.map(\.id).sorted())
        }
    }
}

/// The compiled scorer's 128-bit ratios round exactly as `Fraction` does, on ties, negatives and values
/// large enough to leave the 64-bit shortcut, and their means equal `ExactWeightedMean`'s.
@Suite struct RatioTests {
    @Test func roundsAsFractionDoes() throws {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int64) -> Int64 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int64(bitPattern: seed >> 1) % bound
        }
        let cases: [(Int64, Int64)] = [(1025, 1000), (-1025, 1000), (1, 3), (2, 3), (5, 8), (-5, 8), (0, 7), (1 << 53, 3), (-(1 << 60), 7)]
            + (0..<2000).map { _ in (next(1 << 62) - (1 << 61), 1 + abs(next(1 << 40))) }
        for (n, d) in cases {
            let ratio = try #require(Ratio(Int128(n), Int128(d)))
            let quotient: Fraction? = Fraction(Int(n)) / Fraction(Int(d))
            let fraction = try #require(quotient)
            // Beyond 2^53 hundredths the compiled scorer gives up (nil) and the ordinary path scores.
            if let rounded = ratio.roundedToHundredths {
                #expect(rounded == fraction.roundedToHundredths, "\(n)/\(d)")
            } else {
                #expect(abs(fraction.roundedToHundredths) * 100 >= 0x1p53, "\(n)/\(d)")
            }
        }
    }

    @Test func meansEqualTheExactWeightedMean() throws {
        var ratios = RatioMean(), exact = ExactWeightedMean()
        for (level, units, weight) in [(3, 15, 1.5), (0, 10, 1.0), (5, 25, 2.5), (2, 1, 0.1)] {
            ratios.add(Ratio(level), units: units)
            exact.add(level, weight: weight)
        }
        let mean = try #require(ratios.mean), expected = try #require(exact.mean)
        #expect(mean.roundedToHundredths == expected.roundedToHundredths)
        // (3 × 15 + 0 × 10 + 5 × 25 + 2 × 1) ÷ 51 = 172 ÷ 51 = 3.3725…
        #expect(mean.roundedToHundredths == 3.37)
    }
}
