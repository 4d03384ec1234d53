import CyberYAML
import Testing
@testable import Assessment

/// A questionnaire's own decision table decides outcomes; without one the standard rule does.
@Suite struct OutcomeDecisionTableTests {
    let columns = Indicators(
        notAchieved: [Indicator(id: "NA1", text: "")],
        partiallyAchieved: [Indicator(id: "PA1", text: ""), Indicator(id: "PA2", text: "")],
        achieved: [Indicator(id: "A1", text: ""), Indicator(id: "A2", text: "")])

    func questionnaire(rules: String?) throws -> Questionnaire {
        let text = """
            id: t
            version: "1"
            title: T
            topic: t
            scoring: outcome
            scale: [{level: 0, name: N}, {level: 1, name: P}, {level: 2, name: A}]
            target: 2
            outcome_levels: {not-achieved: 0, partially-achieved: 1, achieved: 2}
            \(rules.map { "outcome_rules:\n" + $0 } ?? "")
            domains:
              - id: D
                title: D
                questions:
                  - id: Q
                    text: Q
                    indicators:
                      not_achieved: [{id: NA1, text: x}]
                      achieved: [{id: A1, text: y}]
            """
        return try NodeDecoder().decode(Questionnaire.self, from: Parser.parse(text))
    }

    @Test func countsAreNoneSomeOrAllAndAnEmptyColumnIsNone() {
        let table = OutcomeDecisionTable(rules: [
            OutcomeDecisionRule(achieved: .some, partiallyAchieved: .none, notAchieved: .none, status: .partiallyAchieved, reason: "some achieved"),
            OutcomeDecisionRule(achieved: .any, partiallyAchieved: .any, notAchieved: .any, status: .notAchieved),
        ])
        #expect(table.decide(columns, agreed: ["A1"])! == (.partiallyAchieved, "some achieved"))
        #expect(table.decide(columns, agreed: ["A1", "PA1"])! == (.notAchieved, "outcome rules: achieved some, partially achieved some, not achieved none"))
        let noPartial = Indicators(notAchieved: [], partiallyAchieved: [], achieved: [Indicator(id: "A1", text: "")])
        #expect(table.decide(noPartial, agreed: [])! == (.notAchieved, "outcome rules: achieved none, partially achieved none, not achieved none"))
    }

    @Test func theFirstMatchingRuleWins() {
        let table = OutcomeDecisionTable(rules: [
            OutcomeDecisionRule(achieved: .all, partiallyAchieved: .any, notAchieved: .any, status: .achieved),
            OutcomeDecisionRule(achieved: .any, partiallyAchieved: .any, notAchieved: .some, status: .notAchieved),
        ])
        // The standard rule would say not achieved (a not-achieved statement is agreed); this table says achieved.
        #expect(table.decide(columns, agreed: ["A1", "A2", "NA1"])?.status == .achieved)
        #expect(OutcomeRule.decide(columns, agreed: ["A1", "A2", "NA1"]).status == .notAchieved)
    }

    @Test func aQuestionnaireWithoutATableUsesTheStandardRule() throws {
        let q = try questionnaire(rules: nil)
        #expect(q.outcomeRules == nil)
        #expect(q.decideOutcome(columns, agreed: ["A1", "A2"]) == OutcomeRule.decide(columns, agreed: ["A1", "A2"]))
    }

    @Test func aTableIsReadFromTheQuestionnaireAndDecides() throws {
        let q = try questionnaire(rules: """
              - {achieved: any, partially_achieved: any, not_achieved: any, status: partially-achieved, reason: always partly}
            """)
        #expect(q.outcomeRules?.rules.first?.mark == Mark(line: 10, column: 5))
        #expect(q.decideOutcome(columns, agreed: []) == (.partiallyAchieved, "always partly"))
    }

    @Test func validateReportsCombinationsNoRuleDecides() throws {
        let q = try questionnaire(rules: """
              - {achieved: all, partially_achieved: any, not_achieved: none, status: achieved}
            """)
        var library = Library()
        library.add(q, path: "t.yaml", sha256: "")
        let problems = LibraryValidator(library: library).validate().map(\.description)
        #expect(problems == ["t.yaml:10:5: outcome_rules: no rule matches 24 combinations of agreed indicators: (achieved none, partially achieved none, not achieved none), (achieved none, partially achieved none, not achieved some), (achieved none, partially achieved none, not achieved all) and 21 more; add rules (a pattern of 'any' matches every count)"])
    }
}
