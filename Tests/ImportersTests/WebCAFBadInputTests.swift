import Assessment
import CyberYAML
import Testing
@testable import Importers

/// WebCAF files the importer cannot use are refused with the place of every problem, and
/// shapes it does not support are reported rather than dropped.
@Suite struct WebCAFBadInputTests {
    func places(_ text: String) -> [String] {
        ImportFixtures.errors { () throws(AssessmentError) in try WebCAFImporter.run(ImportFixtures.source(text)) }
            .map { "\($0.line ?? 0):\($0.column ?? 0): \($0.message)" }
    }

    /// A file with one objective, one principle and the outcomes given (indented to sit under `outcomes:`).
    func oneOutcome(_ outcomes: String, rules: String = "") -> String {
        rules + """
            objectives:
              X:
                title: O
                principles:
                  X1:
                    title: P
                    outcomes:

            """ + outcomes.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
    }

    @Test func everyBadSpotIsReportedWithItsPosition() {
        let text = """
            assessment-rules:
              all_all: {outcome_status: Achieved}
              none_none_none: {outcome_status: Brilliant}
            objectives:
              X:
                title: Objective
                principles:
                  X1:
                    title: Principle
                    outcomes:
                      X1.a:
                        title: Outcome
                        indicators:
                          achieved: [just, a, list]
                        min_profile_requirement:
                          baseline: Mostly
            """
        #expect(places(text) == [
            "2:3: assessment-rules: key 'all_all' is not ACHIEVED_PARTIALLY_NOTACHIEVED with each part none, some or all",
            "3:36: assessment-rules.none_none_none.outcome_status: 'Brilliant' is not Achieved, Partially achieved or Not achieved",
            "14:25: outcome X1.a.indicators.achieved: expected a mapping of indicator id to description, found a list",
            "16:25: outcome X1.a.min_profile_requirement.baseline: 'Mostly' is not Achieved, Partially achieved or Not achieved",
        ])
    }

    @Test func aDocumentWithoutObjectivesIsRefused() {
        #expect(places("title: Not a CAF file\n") == ["1:1: missing objectives"])
        #expect(places("[1, 2]\n") == ["1:1: the WebCAF document: expected a mapping, found a list"])
    }

    @Test func theVersionMustBeKnown() {
        let errors = ImportFixtures.errors { () throws(AssessmentError) in
            try WebCAFImporter.run(ImportFixtures.source("objectives: {}\n", name: "caf.yaml"))
        }
        #expect(errors.map(\.message) == ["cannot tell the CAF version from the file name; pass --framework-version"])
    }

    @Test func outcomesWithDifferentRulesAreRefused() {
        let text = oneOutcome("""
                  X1.a:
                    title: A
                    indicators: {achieved: {X1.a.1: {description: Yes.}}}
                    assessment-rules: {none_none_none: {outcome_status: Not achieved}}
                  X1.b:
                    title: B
                    indicators: {achieved: {X1.b.1: {description: Yes.}}}
                    assessment-rules: {none_none_none: {outcome_status: Achieved}}
            """)
        #expect(places(text) == ["15:31: outcome X1.b has assessment-rules that differ from those of the outcomes before it; cyberassess holds one decision table per questionnaire"])
    }

    @Test func aPriorityListOfRulesIsReportedAndTheStandardRuleApplies() throws {
        let text = oneOutcome("""
                  X1.a:
                    title: A
                    indicators: {achieved: {X1.a.1: {description: Yes.}}}
                    assessment-rules: *rules
            """, rules: "assessment-rules: &rules\n  1: [achieved, all]\n  2: [not-achieved, any]\n")
        let result = try WebCAFImporter.run(ImportFixtures.source(text))
        let q = try ImportFixtures.decode(Questionnaire.self, result, "webcaf-caf-1.0.yaml")
        #expect(q.outcomeRules == nil)
        #expect(result.notices.map { "\($0.line ?? 0):\($0.column ?? 0)" } == ["1:19", "1:1"])
        #expect(ImportCheck.problems(in: result) == [])
    }

    @Test func anIndicatorIdUsedInTwoColumnsIsKeptApart() throws {
        let text = oneOutcome("""
                  X1.a:
                    title: A
                    indicators:
                      partially-achieved: {X1.a.1: {description: Some.}}
                      achieved: {X1.a.1: {description: All.}}
            """)
        let result = try WebCAFImporter.run(ImportFixtures.source(text))
        let q = try ImportFixtures.decode(Questionnaire.self, result, "webcaf-caf-1.0.yaml")
        #expect(q.questions[0].indicators?.achieved.map(\.id) == ["X1.a.1-achieved"])
        #expect(result.notices.first?.message == "indicator X1.a.1 of outcome X1.a appears under both partially-achieved and achieved; this one is imported as X1.a.1-achieved")
    }

    @Test func aliasBombsAreStillRefused() {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 { text += "\(Character(UnicodeScalar(97 + i)!)): &\(Character(UnicodeScalar(97 + i)!)) [" + Array(repeating: "*\(Character(UnicodeScalar(96 + i)!))", count: 10).joined(separator: ", ") + "]\n" }
        let errors = ImportFixtures.errors { () throws(AssessmentError) in try WebCAFImporter.run(ImportFixtures.source(text)) }
        #expect(errors.count == 1)
        #expect(errors.first?.message == "document expands to more than 1000000 nodes (alias expansion); remove the nested aliases")
    }
}
