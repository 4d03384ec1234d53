import CyberYAML
import TestSupport
import Testing
@testable import Assessment

/// Framework views from the index built once per library equal those the catalogues' own
/// lookups give (`FrameworkViewOracle`), on every example file, including references to items
/// and frameworks no catalogue holds.
@Suite struct FrameworkIndexTests {
    @Test(arguments: FastPathTests.examples)
    func viewsMatchTheOracle(path: String) throws {
        let scorer = path.hasPrefix(Repository.fixtures + "/reuse-") ? FastPathTests.reuseScorer
            : path.hasPrefix(Repository.fixtures) ? FastPathTests.fixtureScorer : FastPathTests.bundledScorer
        let report = try scorer.score(file: path)
        #expect(report.frameworks == FrameworkViewOracle(library: scorer.library).views(for: report.topics))
        if scorer.library.catalogues.isEmpty == false, path.contains("demo-council") { #expect(report.frameworks.count >= 3) }
    }

    @Test func unknownItemsAndFrameworksAreHandledAsTheOracleDoes() throws {
        let scorer = FastPathTests.bundledScorer
        var report = try scorer.score(file: Repository.questionnaires + "/examples/demo-council.yaml")
        var question = report.topics[0].domains[0].questions[0]
        let framework = try #require(scorer.library.catalogues.keys.sorted().first)
        question.references = [FrameworkReference(framework: framework, id: "NO-SUCH-ITEM"), FrameworkReference(framework: "no-such-framework", id: "X")]
        report.topics[0].domains[0].questions = [question]
        report.topics = [report.topics[0]]
        report.topics[0].domains = [report.topics[0].domains[0]]
        let views = scorer.frameworks.views(for: report.topics)
        #expect(views == FrameworkViewOracle(library: scorer.library).views(for: report.topics))
        #expect(views.map(\.framework) == [framework] && views[0].groups.isEmpty)
    }
}
