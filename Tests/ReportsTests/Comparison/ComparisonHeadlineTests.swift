import Assessment
import Audit
import Foundation
import TestSupport
import Testing
@testable import Reports

/// The comparison's overall table shows the figures that tell reports apart (questions at
/// level 0, the weakest domain), not the overall weakest link that is 0 for almost every body.
@Suite struct ComparisonHeadlineTests {
    @Test func overallShowsLevelZeroCountsAndWeakestDomainsOfBothSides() throws {
        var (old, new) = try ComparisonLabelTests.reports()
        // One more answered question at level 0 on the new side: a graded question answered
        // above 0, set to its level-0 option.
        let (t, d, q) = try #require(new.topics.indices.lazy.flatMap { t in new.topics[t].domains.indices.lazy.flatMap { d in
            new.topics[t].domains[d].questions.indices.lazy.map { (t, d, $0) } } }
            .first { new.topics[$0.0].domains[$0.1].questions[$0.2].status == .answered && (new.topics[$0.0].domains[$0.1].questions[$0.2].level ?? 0) > 0 })
        new.topics[t].domains[d].questions[q].level = 0
        new.overall.levelZeroQuestions = nil
        old.overall.levelZeroQuestions = nil
        let c = Comparison(old: old, new: new, oldSource: "a", newSource: "b")
        #expect(c.old.levelZeroQuestions == old.levelZeroQuestions)
        #expect(c.new.levelZeroQuestions == (old.levelZeroQuestions) + 1)
        #expect(c.new.weakestDomain == new.weakestDomain)
        let md = try ComparisonLabelTests.render(c, .md)
        let n = old.levelZeroQuestions
        // A rise in level-0 answers is the bad direction.
        #expect(md.contains("| Answered at level 0 | \(n) | \(n + 1) | +1 |"))
        let w = try #require(c.old.weakestDomain)
        #expect(md.contains("| Weakest domain | \(w.id) \(Format.score(w.score)) / \(w.scaleMax) |"))
        #expect(!md.contains("| Weakest link | 0 | 0 |"))
        let html = try ComparisonLabelTests.render(c, .html)
        #expect(html.contains(">+1</td>") && html.contains("Answered at level 0"))
        #expect(ComparisonDocument.countDelta(3, 1).text == "-2" && ComparisonDocument.countDelta(nil, 1).text == Format.none)
    }
}
