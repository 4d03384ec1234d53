import Assessment
import CyberYAML
import TestSupport
import Testing
@testable import Importers

/// The CISO Assistant importer on an invented library of the same shape.
@Suite struct CISOAssistantImporterTests {
    let source: SourceFile
    let result: ImportResult
    let questionnaire: Questionnaire
    let catalogue: FrameworkCatalogue

    init() throws {
        source = try SourceFile.read(ImportFixtures.path("ciso library sample.yaml"), limits: .importing)
        result = try CISOAssistantImporter.run(source)
        questionnaire = try ImportFixtures.decode(Questionnaire.self, result, "garden-care-1.0.yaml")
        catalogue = try ImportFixtures.decode(FrameworkCatalogue.self, result, "frameworks/garden-care-1.0.yaml")
    }

    @Test func topLevelNodesBecomeDomainsAndAssessableNodesQuestions() {
        #expect(questionnaire.id == "garden-care-1.0")
        #expect(questionnaire.topic == "garden-care-1.0")
        #expect(questionnaire.version == "3")
        #expect(questionnaire.title == "Garden Care Framework")
        #expect(questionnaire.scoring == .graded)
        // NOTES has nothing to assess, so it is in the catalogue only.
        #expect(questionnaire.domains.map(\.id) == ["garden-care-1.0-SOIL", "garden-care-1.0-WATER"])
        #expect(questionnaire.domains[0].title == "Soil")
        #expect(questionnaire.domains[0].description == "The ground plants grow in.")
        // The parent tree: SOIL.1 and its child (no ref_id, keyed by the end of its urn) under SOIL.
        #expect(questionnaire.domains[0].questions.map(\.id) == ["garden-care-1.0-SOIL.1", "garden-care-1.0-soil.1.a"])
        // A ref_id used twice is kept apart.
        #expect(questionnaire.domains[1].questions.map(\.id) == ["garden-care-1.0-SOIL.1-2"])
    }

    @Test func requirementFieldsAreCarriedOver() throws {
        let compost = questionnaire.questions[0]
        #expect(compost.text == "Compost")
        #expect(compost.guidance == "Compost is added every spring.\n\nHome-made compost counts.\n\nImplementation groups: small, large.")
        #expect(compost.evidence == ["Compost bin photo", "Receipt for manure"])
        #expect(compost.allowNA)
        #expect(compost.references == [FrameworkReference(framework: "garden-care-1.0", id: "SOIL.1")])
        let turning = questionnaire.questions[1]
        #expect(turning.text == "The compost is turned monthly – même en hiver.")
        #expect(turning.guidance == "Implementation groups: large.\n\nQuestion: Is the compost turned? (Yes / No)")
    }

    @Test func scoreDefinitionsBecomeTheScaleAndOptions() {
        #expect(questionnaire.scale.map(\.name) == ["Neglected", "Tended", "Flourishing"])
        #expect(questionnaire.scale.map(\.level) == [0, 1, 2])
        #expect(questionnaire.target == 2)
        #expect(questionnaire.questions[0].answers.map(\.value) == ["1", "2", "3"])
        #expect(questionnaire.questions[0].answers.map(\.level) == [0, 1, 2])
    }

    @Test func implementationGroupsBecomeProfiles() {
        #expect(questionnaire.profiles.map(\.id) == ["small", "large"])
        #expect(questionnaire.profiles[0].title == "Small garden")
        #expect(questionnaire.profiles[0].description == "A yard or patio.")
        #expect(questionnaire.profiles[0].domains == ["garden-care-1.0-SOIL": 2, "garden-care-1.0-WATER": 0])
        #expect(questionnaire.profiles[1].domains == ["garden-care-1.0-SOIL": 2, "garden-care-1.0-WATER": 2])
    }

    @Test func provenanceKeepsTheLibrarysOwnStatements() throws {
        let p = try #require(questionnaire.provenance)
        #expect(p.sourceFile == "ciso library sample.yaml")
        #expect(p.sourceSHA256 == source.sha256)
        #expect(p.format == "ciso-assistant")
        #expect(p.framework == "Garden Care Framework")
        #expect(p.frameworkVersion == "3")
        #expect(p.publisher == "Example Gardeners' Guild")
        #expect(p.copyright == "© 2031 The Example Gardeners' Guild.\nReuse permitted with attribution.")
        #expect(p.notes.contains("Published 2031-04-01."))
        #expect(p.notes.contains("Answers use the framework's score definitions (level = score − 1); every requirement may be answered not applicable."))
        #expect(catalogue.provenance == p)
    }

    @Test func catalogueFollowsTheParentTree() {
        #expect(catalogue.framework == "garden-care-1.0")
        #expect(catalogue.groups.map(\.id) == ["SOIL", "SOIL.1", "WATER"])
        #expect(catalogue.group("SOIL.1")?.parent == "SOIL")
        #expect(catalogue.items.map(\.id) == ["SOIL.1", "soil.1.a", "SOIL.1-2"])
        #expect(catalogue.topGroup(of: "soil.1.a")?.title == "Soil")
    }

    @Test func whatIsLeftOutIsReportedWithItsPlace() {
        let notices = result.notices.map { "\($0.line ?? 0):\($0.column ?? 0): \($0.message)" }
        #expect(notices.contains("17:3: not imported: objects.risk_matrix; only the framework becomes a questionnaire"))
        #expect(notices.contains("14:1: not imported: 'translations'; cyberassess has no place for it"))
        #expect(notices.contains("70:9: not imported: 'requirement_nodes[].translations'; cyberassess has no place for it"))
        #expect(notices.contains("78:9: top-level node NOTES has no assessable requirements; it is in the catalogue only"))
        #expect(notices.contains("71:9: identifier SOIL.1 is used by an earlier node; this one is imported as SOIL.1-2"))
    }

    @Test func theImportValidatesAndScores() throws {
        #expect(ImportCheck.problems(in: result) == [])
        let temporary = try TemporaryFolder()
        let folder = temporary.path
        _ = try ImportWriter.write(result, to: folder)
        let library = try Library.loadStrict(directory: folder)
        let answers = AnswersFile(
            body: Body(id: "B1", name: "Test body"), period: "2031-32", date: Day(year: 2031, month: 6, day: 1),
            questionnaires: [QuestionnaireVersion(id: "garden-care-1.0", version: "3")],
            answers: [
                Answer(questionID: "garden-care-1.0-SOIL.1", choice: .option("3")),
                Answer(questionID: "garden-care-1.0-soil.1.a", choice: .option("2")),
                Answer(questionID: "garden-care-1.0-SOIL.1-2", choice: .notApplicable, justification: "No roof to collect from."),
            ])
        let report = try Scorer(library: library).score(answers, file: "a.yaml", answersSHA256: "")
        #expect(report.topics[0].domains[0].score == 1.5)
        #expect(report.topics[0].domains[1].questions[0].status == .notApplicable)
    }

    @Test func withoutScoresTheDefaultComplianceScaleApplies() throws {
        let text = """
            name: Tiny
            version: 1
            objects:
              framework:
                ref_id: tiny
                name: Tiny
                requirement_nodes:
                  - {urn: 'u:a', assessable: true, ref_id: A, name: Do the thing}
            """
        let result = try CISOAssistantImporter.run(ImportFixtures.source(text))
        let q = try ImportFixtures.decode(Questionnaire.self, result, "tiny.yaml")
        #expect(q.questions[0].answers.map(\.value) == ["not-compliant", "partially-compliant", "compliant"])
        #expect(q.domains.map(\.id) == ["tiny-A"])
        #expect(ImportCheck.problems(in: result) == [])
    }

    @Test func badInputIsRefusedWithPositions() {
        let text = """
            name: Broken
            objects:
              framework:
                name: Broken
                requirement_nodes:
                  - {urn: 'u:a', assessable: maybe}
                  - {urn: 'u:b', assessable: true, parent_urn: 'u:nowhere'}
                  - {urn: 'u:c', assessable: true, parent_urn: 'u:d'}
                  - {urn: 'u:d', assessable: true, parent_urn: 'u:c'}
                  - {urn: 'u:a', assessable: true}
            """
        let errors = ImportFixtures.errors { () throws(AssessmentError) in try CISOAssistantImporter.run(ImportFixtures.source(text)) }
        #expect(errors.map { "\($0.line ?? 0):\($0.column ?? 0): \($0.message)" } == [
            "6:34: requirement u:a: assessable: expected true or false, found \"maybe\"",
            "10:9: requirement urn u:a appears twice",
            "7:52: requirement u:b: parent_urn u:nowhere is not the urn of any requirement node",
            "8:52: requirement u:c is in a loop of parent_urn references; no top-level node reaches it",
            "9:52: requirement u:d is in a loop of parent_urn references; no top-level node reaches it",
        ])
    }

    @Test func aLibraryWithoutAFrameworkIsRefused() {
        let errors = ImportFixtures.errors { () throws(AssessmentError) in
            try CISOAssistantImporter.run(ImportFixtures.source("name: Matrix\nobjects:\n  risk_matrix: []\n"))
        }
        #expect(errors.map(\.message) == ["missing objects.framework (this library holds no framework)"])
    }
}
