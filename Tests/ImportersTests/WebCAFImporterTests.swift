import Assessment
import CyberYAML
import Foundation
import TestSupport
import Testing
@testable import Importers

/// The WebCAF CAF importer on an invented file of the same shape.
@Suite struct WebCAFImporterTests {
    let source: SourceFile
    let result: ImportResult
    let questionnaire: Questionnaire
    let catalogue: FrameworkCatalogue

    init() throws {
        source = try SourceFile.read(ImportFixtures.path("webcaf-sample-v9.1.yaml"), limits: .importing)
        result = try WebCAFImporter.run(source)
        questionnaire = try ImportFixtures.decode(Questionnaire.self, result, "webcaf-caf-9.1.yaml")
        catalogue = try ImportFixtures.decode(FrameworkCatalogue.self, result, "frameworks/webcaf-caf-9.1.yaml")
    }

    @Test func principlesBecomeDomainsAndOutcomesQuestions() throws {
        #expect(questionnaire.id == "webcaf-caf-9.1")
        #expect(questionnaire.version == "9.1")
        #expect(questionnaire.topic == "webcaf-caf-9.1")
        #expect(questionnaire.scoring == .outcome)
        #expect(questionnaire.scale.map(\.name) == ["Not achieved", "Partially achieved", "Achieved"])
        #expect(questionnaire.outcomeLevels == OutcomeLevels(notAchieved: 0, partiallyAchieved: 1, achieved: 2))
        #expect(questionnaire.domains.map(\.id) == ["CAF91-X1", "CAF91-Y1"])
        #expect(questionnaire.domains[0].title == "Kettle care")
        #expect(questionnaire.domains[0].description == "Someone looks after the kettle.")
        #expect(questionnaire.questions.map(\.id) == ["CAF91-X1.a", "CAF91-X1.b", "CAF91-Y1.a"])
        let descaling = questionnaire.questions[0]
        #expect(descaling.text == "Descaling")
        #expect(descaling.guidance == "The kettle is descaled on a schedule.")
        #expect(descaling.references == [FrameworkReference(framework: "webcaf-caf-9.1", id: "X1.a")])
    }

    @Test func indicatorsKeepTheirIdsAndColumns() throws {
        let descaling = try #require(questionnaire.questions[0].indicators)
        #expect(descaling.notAchieved.map(\.id) == ["X1.a.1"])
        #expect(descaling.notAchieved.map(\.text) == ["Nobody knows when the kettle was last descaled."])
        #expect(descaling.partiallyAchieved.map(\.id) == ["X1.a.2"])
        #expect(descaling.achieved.map(\.id) == ["X1.a.3", "X1.a.4"])
        #expect(descaling.achieved[1].text == "Descaling is recorded on a chart.")
        // An empty column (`{}`) and a missing one both give no statements.
        #expect(try #require(questionnaire.questions[1].indicators).partiallyAchieved.isEmpty)
        #expect(try #require(questionnaire.questions[2].indicators).partiallyAchieved.isEmpty)
    }

    @Test func theFilesRulesTableBecomesTheDecisionTable() throws {
        let table = try #require(questionnaire.outcomeRules)
        #expect(table.rules.count == 27)
        #expect(table.uncovered.isEmpty)
        let first = table.rules[0]
        #expect((first.achieved, first.partiallyAchieved, first.notAchieved) == (.all, .all, .all))
        #expect(first.status == .notAchieved)
        #expect(first.reason == "A not-achieved statement was ticked.")
        let half = try #require(table.rules.first { $0.achieved == .some && $0.partiallyAchieved == .all && $0.notAchieved == .none })
        #expect(half.status == .partiallyAchieved)
        #expect(half.reason == "Every partially achieved statement was ticked.")
    }

    @Test func profileRequirementsBecomeNamedProfiles() {
        #expect(questionnaire.profiles.map(\.id) == ["baseline", "enhanced"])
        #expect(questionnaire.profiles[0].outcomes == ["CAF91-X1.a": .partiallyAchieved, "CAF91-X1.b": .achieved, "CAF91-Y1.a": .notAchieved])
        #expect(questionnaire.profiles[1].outcomes == ["CAF91-X1.a": .achieved, "CAF91-X1.b": .achieved, "CAF91-Y1.a": .partiallyAchieved])
    }

    @Test func provenanceRecordsTheSourceAndTheImporter() throws {
        let provenance = try #require(questionnaire.provenance)
        #expect(provenance.sourceFile == "webcaf-sample-v9.1.yaml")
        #expect(provenance.sourceSHA256 == source.sha256)
        #expect(provenance.format == "webcaf")
        #expect(provenance.frameworkVersion == "9.1")
        #expect(provenance.importerVersion == Assessment.toolVersion)
        #expect(catalogue.provenance == provenance)
    }

    @Test func catalogueHoldsObjectivesPrinciplesAndOutcomes() {
        #expect(catalogue.framework == "webcaf-caf-9.1")
        #expect(catalogue.version == "9.1")
        #expect(catalogue.groups.map(\.id) == ["X", "X1", "Y", "Y1"])
        #expect(catalogue.group("X1")?.parent == "X")
        #expect(catalogue.items.map(\.id) == ["X1.a", "X1.b", "Y1.a"])
        #expect(catalogue.topGroup(of: "Y1.a")?.title == "Making tea")
    }

    @Test func whatIsNotCarriedOverIsReportedWithItsPlace() {
        let notices = result.notices.map { "\($0.line ?? 0):\($0.column ?? 0): \($0.message)" }
        #expect(notices.contains("61:19: not imported: 'indicators.*.*.ncsc-index'; cyberassess has no place for it"))
        #expect(notices.contains("113:25: outcome Y1.a sets no baseline requirement; imported as no minimum (not-achieved)"))
    }

    @Test func theImportValidatesClean() {
        #expect(ImportCheck.problems(in: result) == [])
    }

    @Test func importedQuestionnaireScoresWithItsOwnRules() throws {
        let temporary = try TemporaryFolder()
        let folder = temporary.path
        let written = try ImportWriter.write(result, to: folder)
        #expect(written == [folder + "/webcaf-caf-9.1.yaml", folder + "/frameworks/webcaf-caf-9.1.yaml"])
        let library = try Library.loadStrict(directory: folder)
        let answers = AnswersFile(
            body: Body(id: "B1", name: "Test body"), period: "2026-27", date: Day(year: 2026, month: 6, day: 1),
            questionnaires: [QuestionnaireVersion(id: "webcaf-caf-9.1", version: "9.1")],
            answers: [
                Answer(questionID: "CAF91-X1.a", choice: .indicators(["X1.a.2", "X1.a.3"])),
                Answer(questionID: "CAF91-X1.b", choice: .indicators(["X1.b.2"])),
            ])
        let report = try Scorer(library: library).score(answers, file: "a.yaml", answersSHA256: "", options: ScoringOptions(profileName: "baseline"))
        let questions = report.topics[0].domains.flatMap(\.questions)
        // some achieved, all partially, none not-achieved: the file's table says partially achieved.
        #expect(questions[0].outcome?.status == .partiallyAchieved)
        #expect(questions[0].outcome?.decidedBy == "Every partially achieved statement was ticked.")
        #expect(questions[0].met == true)
        #expect(questions[1].outcome?.status == .achieved)
        #expect(questions[2].outcome?.status == .notAchieved)
    }

    @Test func refusesToReplaceFilesUnlessTold() throws {
        let temporary = try TemporaryFolder()
        let folder = temporary.path
        _ = try ImportWriter.write(result, to: folder)
        #expect(throws: AssessmentError.self) { try ImportWriter.write(result, to: folder) }
        #expect(try ImportWriter.write(result, to: folder, overwrite: true).count == 2)
    }

    @Test func optionsNameTheQuestionnaireAndPrefix() throws {
        let renamed = try WebCAFImporter.run(source, options: .init(id: "caf-test", prefix: "T", frameworkVersion: "9.9"))
        let q = try ImportFixtures.decode(Questionnaire.self, renamed, "caf-test.yaml")
        #expect(q.version == "9.9")
        #expect(q.questions.first?.id == "T-X1.a")
        #expect(q.provenance?.notes.first?.contains("as given to import") == true)
    }
}
