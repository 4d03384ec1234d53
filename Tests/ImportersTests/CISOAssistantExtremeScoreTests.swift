import Assessment
import CyberYAML
import Testing
@testable import Importers

/// Scores at the integer extremes and ranges too wide for a scale: the importer worked out
/// `max_score - min_score` with overflow and built an array as long as the range, so these
/// files stopped the process. Each now falls back to the compliance scale with a note.
@Suite struct CISOAssistantExtremeScoreTests {
    func library(_ framework: String) -> String {
        """
        name: Extreme
        version: 1
        objects:
          framework:
            ref_id: extreme
            name: Extreme
        \(framework)
            requirement_nodes:
              - {urn: 'u:a', assessable: true, ref_id: A, name: Do the thing}
        """
    }

    func optionValues(_ framework: String) throws -> [String] {
        let result = try CISOAssistantImporter.run(ImportFixtures.source(library(framework)))
        let questionnaire = try ImportFixtures.decode(Questionnaire.self, result, "extreme.yaml")
        #expect(ImportCheck.problems(in: result) == [])
        return questionnaire.questions[0].answers.map(\.value)
    }

    static let compliance = ["not-compliant", "partially-compliant", "compliant"]

    @Test(arguments: [
        ("-9223372036854775808", "9223372036854775807"),
        ("0", "1000000000000"),
        ("-1", "9223372036854775807"),
        ("9223372036854775806", "9223372036854775807"),
    ])
    func aScoreRangeAtTheExtremesGivesAScaleOrTheComplianceScale(low: String, high: String) throws {
        let values = try optionValues("    min_score: \(low)\n    max_score: \(high)")
        if low == "9223372036854775806" {
            #expect(values == ["9223372036854775806", "9223372036854775807"])
        } else {
            #expect(values == Self.compliance)
        }
    }

    @Test func scoreDefinitionsAtTheExtremesDoNotTrap() throws {
        let far = try optionValues("""
                scores_definition:
                  - {score: -9223372036854775808, name: Lowest}
                  - {score: 9223372036854775807, name: Highest}
            """)
        #expect(far == Self.compliance)
        let wide = try optionValues("""
                scores_definition:
                  - {score: 0, name: None}
                  - {score: 1000000000000, name: All}
            """)
        #expect(wide == Self.compliance)
        let top = try optionValues("""
                scores_definition:
                  - {score: 9223372036854775806, name: Nearly}
                  - {score: 9223372036854775807, name: Top}
            """)
        #expect(top == ["9223372036854775806", "9223372036854775807"])
    }

    @Test func moreThanElevenConsecutiveScoresAreNotAScale() throws {
        let entries = (0...11).map { "          - {score: \($0), name: Step \($0)}" }.joined(separator: "\n")
        #expect(try optionValues("    scores_definition:\n" + entries) == Self.compliance)
        let eleven = (0...10).map { "          - {score: \($0), name: Step \($0)}" }.joined(separator: "\n")
        #expect(try optionValues("    scores_definition:\n" + eleven) == (0...10).map(String.init))
    }
}
