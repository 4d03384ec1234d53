import Assessment
import Batch
import BatchStore
import CyberYAML
import Foundation
import TestSupport
import Store

/// The bundled library, temporary folders and small answers files for store tests.
enum StoreFixtures {
    static let root = Repository.root
    static let library: Library = try! Library.loadStrict(directory: root + "/questionnaires")
    static let questionnaire = library.questionnaire("cyber-resilience")!

    /// Cyber-resilience answers with every question of the `levelOne` domains at level 1 and
    /// the rest at level 0, so the overall score is the weight share of `levelOne` (weights
    /// GOV 2, RSK 2, AST 1, IAM 3, PRT 3, REC 3, IRX 2, AWR 1; 17 in all).
    static func answers(id: String, name: String, type: String, region: String, period: String = "2026-27", levelOne: Set<String>) -> AnswersFile {
        var answers: [Answer] = []
        for domain in questionnaire.domains {
            let level = levelOne.contains(domain.id) ? 1 : 0
            for question in domain.questions {
                answers.append(Answer(questionID: question.id, choice: .option(question.answers.first { $0.level == level }!.value)))
            }
        }
        return AnswersFile(
            body: Body(id: id, name: name, type: type, region: region), period: period,
            date: Day(year: 2026, month: 10, day: 1),
            questionnaires: [QuestionnaireVersion(id: questionnaire.id, version: questionnaire.version)],
            answers: answers)
    }

    static let allDomains = Set(questionnaire.domains.map(\.id))

    /// Four bodies in 2026-27 and one of them in 2025-26.
    static let region: [AnswersFile] = [
        answers(id: "E07000001", name: "Alpha District", type: "district", region: "South East", levelOne: allDomains),
        answers(id: "E07000002", name: "Beta District", type: "district", region: "South East", levelOne: ["RES-GOV", "RES-RSK"]),
        answers(id: "E10000003", name: "Gamma County", type: "county", region: "North", levelOne: ["RES-IAM"]),
        answers(id: "E10000004", name: "Delta County", type: "county", region: "North", levelOne: ["RES-IAM", "RES-PRT", "RES-REC"]),
        answers(id: "E07000001", name: "Alpha District", type: "district", region: "South East", period: "2025-26", levelOne: ["RES-GOV"]),
    ]

    /// Writes answers files into `folder` and returns their paths.
    static func write(_ files: [AnswersFile], into folder: String) throws -> [String] {
        try files.enumerated().map { index, answers in
            let path = folder + "/\(index)-\(answers.body.id)-\(answers.period).yaml"
            try Emitter.emit(answers.node()).write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
    }

    /// Runs a batch over `files` into `out` and the store at `db`.
    @discardableResult
    static func batch(_ files: [String], out: String, db: String, anonymise: Bool = false, minGroup: Int? = nil, sink wrap: ((StoreSink) -> any BatchSink)? = nil) throws -> BatchResult {
        let store = try ResultsStore(path: db)
        let sink = try StoreSink(store: store, library: library, anonymised: anonymise, profile: nil)
        let options = BatchOptions(outputFolder: out, jobs: 2, anonymise: anonymise, minGroup: minGroup)
        return try BatchRunner(library: library, options: options).run(try BatchInputs.collect(files), sink: wrap?(sink) ?? sink)
    }
}
