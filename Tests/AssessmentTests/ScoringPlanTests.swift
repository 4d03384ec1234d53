import CyberYAML
import TestSupport
import Testing
@testable import Assessment

/// The compiled scoring plan must give exactly the ordinary path's summary (`Scorer.summarise`,
/// itself held to the full report by `FastPathTests`) on every example file, under several
/// scoring options, and refuse (nil) whatever the ordinary path would report as a problem.
@Suite struct ScoringPlanTests {
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
            let plan = try #require(ScoringPlan(library: scorer.library, options: options), "no plan for \(name)")
            let laidOut = try #require(PlanAnswers(answers, plan: plan), "the plan refused \(path)")
            let scored = try #require(plan.score(laidOut), "the plan could not score \(path) (\(name))")
            #expect(scored.summary(plan) == (try scorer.summarise(answers, file: path, options: options)), "\(path) with \(name) options")
            let rows = scored.rows(plan, answersSHA256: "abc")
            let ordinary = ResultRows(try scorer.results(answers, file: path, answersSHA256: "abc", options: options))
            #expect(rows == ordinary, "\(path) with \(name) options")
            #expect(rows.recommendations.count == ordinary.recommendations.count && !rows.questions.isEmpty)
        }
    }
}
