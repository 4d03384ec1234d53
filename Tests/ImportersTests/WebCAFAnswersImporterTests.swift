import Assessment
import CyberYAML
import TestSupport
import Testing
@testable import Importers

/// A completed WebCAF assessment becomes an answers file for the imported questionnaire.
@Suite struct WebCAFAnswersImporterTests {
    let questionnaire: Questionnaire
    let body = Body(id: "B1", name: "Test body")
    let day = Day(year: 2031, month: 5, day: 1)

    init() throws {
        let framework = try WebCAFImporter.run(try SourceFile.read(ImportFixtures.path("webcaf-sample-v9.1.yaml")))
        questionnaire = try ImportFixtures.decode(Questionnaire.self, framework, "webcaf-caf-9.1.yaml")
    }

    func run(_ source: SourceFile) throws(AssessmentError) -> WebCAFAnswersImporter.Result {
        try WebCAFAnswersImporter.run(source, questionnaire: questionnaire, body: body, period: "2031-32", date: day, assessor: "A. Officer")
    }

    @Test func flagsBecomeAgreedStatementsAndCommentsAreKept() throws {
        let result = try run(try SourceFile.read(ImportFixtures.path("webcaf-answers-sample.json")))
        let file = result.answers
        #expect(file.body == body)
        #expect(file.period == "2031-32")
        #expect(file.assessor == "A. Officer")
        #expect(file.questionnaires == [QuestionnaireVersion(id: "webcaf-caf-9.1", version: "9.1")])
        #expect(file.answers.map(\.questionID) == ["CAF91-X1.a", "CAF91-X1.b", "CAF91-Y1.a"])
        #expect(file.answers[0].choice == .indicators(["X1.a.3", "X1.a.4", "X1.a.2"]))
        #expect(file.answers[0].comment == "Descaled every month since March.\nX1.a.3: Chart on the fridge")
        #expect(file.answers[1].choice == .indicators(["X1.b.1"]))
        #expect(file.answers[2].choice == .indicators([]))
        #expect(result.notices.map { "\($0.line ?? 0):\($0.column ?? 0): \($0.message)" } == [
            "29:11: outcome Y1.a was not confirmed in WebCAF; its statements are imported as they stand",
        ])
    }

    @Test func theAnswersValidateAndScoreAsWebCAFDecided() throws {
        let result = try run(try SourceFile.read(ImportFixtures.path("webcaf-answers-sample.json")))
        let framework = try WebCAFImporter.run(try SourceFile.read(ImportFixtures.path("webcaf-sample-v9.1.yaml")))
        let temporary = try TemporaryFolder()
        let folder = temporary.path
        _ = try ImportWriter.write(framework, to: folder)
        let library = try Library.loadStrict(directory: folder)
        #expect(AnswersValidator(library: library).validate(result.answers, file: "a.yaml") == [])
        let report = try Scorer(library: library).score(result.answers, file: "a.yaml", answersSHA256: "")
        let statuses = report.topics[0].domains.flatMap(\.questions).map { $0.outcome?.status }
        #expect(statuses == [.achieved, .notAchieved, .notAchieved])
    }

    @Test func aRecordedStatusTheRulesDisagreeWithIsReported() throws {
        let json = """
            {"X1.b": {"indicators": {"achieved_X1.b.2": true, "not-achieved_X1.b.1": true},
                      "confirmation": {"outcome_status": "Achieved", "confirm_outcome": "confirm"}}}
            """
        let result = try run(ImportFixtures.source(json, name: "a.json"))
        #expect(result.notices.map(\.message) == ["outcome X1.b: WebCAF recorded Achieved; the questionnaire's rules decide Not achieved from the same statements"])
        #expect(result.notices.first?.line == 2)
    }

    @Test func unknownOutcomesAndIndicatorsAreRefusedWithPositions() {
        let json = """
            {
              "Z9.z": {"indicators": {}},
              "X1.a": {"indicators": {"achieved_X1.a.99": true, "sideways_X1.a.3": true, "achieved_X1.a.3": "yes"}}
            }
            """
        let errors = ImportFixtures.errors { () throws(AssessmentError) -> ImportResult in
            _ = try run(ImportFixtures.source(json, name: "a.json"))
            return ImportResult(documents: [], notices: [])
        }
        #expect(errors.map { "\($0.line ?? 0):\($0.column ?? 0): \($0.message)" } == [
            "2:3: outcome Z9.z is not in questionnaire webcaf-caf-9.1 9.1; import the matching CAF version",
            "3:27: outcome X1.a: indicator X1.a.99 (achieved) is not in question CAF91-X1.a",
            "3:53: outcome X1.a: indicator key 'sideways_X1.a.3' does not start with achieved_, partially-achieved_ or not-achieved_",
            "3:97: outcome X1.a: achieved_X1.a.3: expected true or false, found \"yes\"",
        ])
    }
}
