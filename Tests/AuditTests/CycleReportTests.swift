import Foundation
import TestSupport
import Testing
@testable import Assessment
@testable import Audit

/// One report of the organisation and its critical systems: the outcome × system table and
/// "profile met" per scope, on the demo council's example set.
@Suite struct CycleReportTests {
    static let scorer = Scorer(library: try! Library.loadStrict(directory: Repository.questionnaires))
    static let cycle = Repository.reportExamples + "/cycle"

    static func report(profile: String? = "baseline") throws -> CycleReport {
        try scorer.cycleReport(CycleRequest(
            answersPaths: [cycle + "/council.yaml", cycle + "/revenues.yaml", cycle + "/planning.yaml"],
            options: ScoringOptions(profileName: profile)))
    }

    @Test func theTableSetsEachOutcomeSideBySideAcrossScopes() throws {
        let report = try Self.report()
        #expect(report.scopes.map(\.scope) == ["organisation", "CS-REV", "CS-PLN"])
        #expect(report.outcomes.count == 37)
        let row = try #require(report.outcomes.first { $0.question == "ECO-SUP-01" })
        #expect(row.cells.map(\.status) == ["not-achieved", "not-achieved", "partially-achieved"])
        #expect(row.cells.map(\.met) == [false, false, true])
        let raised = try #require(report.outcomes.first { $0.question == "ECO-SUP-04" })
        #expect(raised.cells.map(\.status)[1] == "achieved")
    }

    @Test func profileMetIsGivenPerScope() throws {
        let report = try Self.report()
        #expect(report.scopes.map(\.profileMet) == [false, false, true])
        #expect(report.scopes.map(\.belowTarget)[1] == 7)
        #expect(report.scopes[1].name == "Revenues and benefits system")
        #expect(report.systems.map(\.system.services) == [["Council tax", "Business rates", "Housing benefit"], ["Planning applications", "Building control", "Land charges"]])
    }

    @Test func withoutSystemsThereIsNoTable() throws {
        let report = try Self.scorer.cycleReport(CycleRequest(answersPaths: [Self.cycle + "/council.yaml"], planPath: Self.cycle + "/plan.yaml", today: Day(year: 2027, month: 1, day: 15)))
        #expect(report.outcomes.isEmpty)
        #expect(report.scopes.count == 1)
        #expect(report.plan != nil)
    }
}
