import CyberYAML
import Foundation
import TestSupport
import Testing
@testable import Assessment
@testable import Audit

/// The improvement and implementation plan: built from recommendations, merged on re-run
/// without losing anything a person wrote, and checked against reports.
@Suite struct ImprovementPlanTests {
    static let scorer = Scorer(library: try! Library.loadStrict(directory: Repository.questionnaires))
    static let report = try! scorer.score(file: Repository.reportExamples + "/cycle/council.yaml", options: ScoringOptions(profileName: "baseline"))

    static func reload(_ plan: ImprovementPlan) throws -> ImprovementPlan {
        try withTemporaryDirectory { dir in
            try plan.yaml().write(toFile: dir + "/plan.yaml", atomically: true, encoding: .utf8)
            return try ImprovementPlan.load(dir + "/plan.yaml")
        }
    }

    @Test func aNewPlanHasOneActionPerRecommendation() throws {
        let (plan, added) = PlanBuilder.merge(nil, with: [ScopedReport(scope: nil, report: Self.report)])
        #expect(added == Self.report.recommendations.count)
        #expect(plan.actions.map(\.id).prefix(2) == ["ACT-001", "ACT-002"])
        #expect(plan.actions[0].addresses == [Self.report.recommendations[0].question])
        #expect(plan.actions.allSatisfy { $0.status == .notStarted && $0.owner == nil })
        #expect(try Self.reload(plan) == plan)
    }

    @Test func reRunningKeepsWhatPeopleWroteAndAddsOnlyNewActions() throws {
        var (plan, _) = PlanBuilder.merge(nil, with: [ScopedReport(scope: nil, report: Self.report)])
        let first = plan.actions[0].addresses[0]
        plan.actions[0].owner = "Head of ICT"
        plan.actions[0].due = Day(year: 2027, month: 3, day: 31)
        plan.actions[0].status = .inProgress
        plan.actions[0].notes = "Budget agreed at CMT.\nSupplier engaged."
        plan.actions[0].action = "Our own wording of the action"
        plan.actions[1].status = .deferred
        plan.actions[1].reason = "Waiting for the shared service review"
        plan.actions.remove(at: 2)
        plan.actions.append(PlanAction(id: "LOCAL-7", addresses: ["ECO-COL-01"], action: "An action people added by hand"))
        let edited = try Self.reload(plan)

        let (merged, added) = PlanBuilder.merge(edited, with: [ScopedReport(scope: nil, report: Self.report)])
        #expect(added == 1)
        #expect(Array(merged.actions.prefix(edited.actions.count)) == edited.actions)
        #expect(merged.actions[0].addresses == [first])
        #expect(merged.actions.last?.id == "ACT-\(String(format: "%03d", Self.report.recommendations.count + 1))")
        let (again, none) = PlanBuilder.merge(merged, with: [ScopedReport(scope: nil, report: Self.report)])
        #expect(none == 0)
        #expect(again == merged)
    }

    /// An id people edited to the largest whole number: the next id overflowed and stopped
    /// `plan`. New actions now take the lowest free numbers, and every id stays unique.
    @Test func anIdAtTheIntegerLimitDoesNotOverflowTheNextOne() throws {
        var (plan, _) = PlanBuilder.merge(nil, with: [ScopedReport(scope: nil, report: Self.report)])
        plan.actions[0].id = "ACT-9223372036854775807"
        plan.actions.remove(at: 2)
        plan.actions.remove(at: 1)
        let (merged, added) = PlanBuilder.merge(try Self.reload(plan), with: [ScopedReport(scope: nil, report: Self.report)])
        #expect(added == 2)
        #expect(Array(merged.actions.suffix(2).map(\.id)) == ["ACT-001", "ACT-002"])
        #expect(Set(merged.actions.map(\.id)).count == merged.actions.count)
    }

    @Test func overdueDoneWithoutImprovementAndUnplannedAreFound() throws {
        var (plan, _) = PlanBuilder.merge(nil, with: [ScopedReport(scope: nil, report: Self.report)])
        plan.actions[0].due = Day(year: 2027, month: 1, day: 14)
        plan.actions[0].status = .inProgress
        plan.actions[1].due = Day(year: 2027, month: 1, day: 15)
        plan.actions[2].due = Day(year: 2026, month: 12, day: 1)
        plan.actions[2].status = .done
        plan.actions[3].due = Day(year: 2026, month: 12, day: 1)
        plan.actions[3].status = .deferred
        plan.actions[3].reason = "Budget"
        let dropped = plan.actions.remove(at: 4)
        let findings = PlanFindings(plan: plan, reports: [ScopedReport(scope: nil, report: Self.report)], today: Day(year: 2027, month: 1, day: 15))
        #expect(findings.overdue.map(\.id) == [plan.actions[0].id])
        #expect(findings.doneNotImproved.map(\.id) == [plan.actions[2].id])
        #expect(findings.doneNotImproved[0].detail.contains("below its target"))
        #expect(findings.unplanned.map(\.question) == dropped.addresses)
    }

    @Test func doneActionsCompareLevelsWithTheEarlierReport() throws {
        var (plan, _) = PlanBuilder.merge(nil, with: [ScopedReport(scope: nil, report: Self.report)])
        plan.actions[0].status = .done
        let findings = PlanFindings(plan: plan, reports: [ScopedReport(scope: nil, report: Self.report, previous: Self.report)], today: Day(year: 2027, month: 1, day: 1))
        #expect(findings.doneNotImproved.map(\.id) == ["ACT-001"])
        #expect(findings.doneNotImproved[0].detail.contains("→"))
    }

    @Test func badPlansAreRefusedAtTheirPlace() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/plan.yaml"
            try """
                body: {id: E1, name: Council}
                period: 2026-27
                actions:
                  - {id: ACT-001, addresses: [ECO-THR-01], action: Do it, status: deferred}
                  - {id: ACT-001, addresses: [ECO-THR-02], action: Do that}

                """.write(toFile: path, atomically: true, encoding: .utf8)
            let error = #expect(throws: AssessmentError.self) { try ImprovementPlan.load(path) }
            #expect(error?.problems.map(\.description) == [
                path + ":4:5: actions.ACT-001: a deferred action needs a reason; add 'reason: ...' saying why it was put off",
                path + ":5:5: actions: id 'ACT-001' is used twice; give each action its own id",
            ])
            try """
                body: {id: E1, name: Council}
                period: 2026-27
                actions:
                  - {id: ACT-001, addresses: [ECO-THR-01], action: Do it, status: finished}

                """.write(toFile: path, atomically: true, encoding: .utf8)
            let status = #expect(throws: AssessmentError.self) { try ImprovementPlan.load(path) }
            #expect(status?.problems.first?.description.hasPrefix(path + ":4:67: actions[0].status: unknown status 'finished'") == true)
        }
    }
}
