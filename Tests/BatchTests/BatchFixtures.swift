import Assessment
import Batch
import CyberYAML
import Foundation
import Reports
import TestSupport

/// The bundled library and the answers files built for batch tests.
enum BatchFixtures {
    static let library: Library = try! Library.loadStrict(directory: Repository.questionnaires)

    /// A cyber-resilience-only answers file where every question of each domain is answered
    /// with the option at that domain's level (0 or 1: every question has both), so the
    /// topic score is the weight-weighted share of domains at level 1.
    static func uniform(id: String, name: String, type: String? = nil, region: String? = nil, period: String = "2026-27", levelOne: Set<String>) -> AnswersFile {
        let questionnaire = library.questionnaire("cyber-resilience")!
        var answers: [Answer] = []
        for domain in questionnaire.domains {
            let level = levelOne.contains(domain.id) ? 1 : 0
            for question in domain.questions {
                let option = question.answers.first { $0.level == level }!
                answers.append(Answer(questionID: question.id, choice: .option(option.value)))
            }
        }
        return AnswersFile(
            body: Body(id: id, name: name, type: type, region: region), period: period,
            date: Day(year: 2026, month: 10, day: 1),
            questionnaires: [QuestionnaireVersion(id: questionnaire.id, version: questionnaire.version)],
            answers: answers)
    }

    /// Writes an answers file as YAML.
    @discardableResult
    static func write(_ answers: AnswersFile, to path: String) throws -> String {
        try Emitter.emit(answers.node()).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Runs a batch over `inputs`.
    static func run(_ inputs: [String], out: String, jobs: Int = 1, reports: [ReportFormat] = [], anonymise: Bool = false, minGroup: Int? = nil, library: Library? = nil) throws -> BatchResult {
        let options = BatchOptions(outputFolder: out, jobs: jobs, reportFormats: reports, anonymise: anonymise, minGroup: minGroup)
        return try BatchRunner(library: library ?? Self.library, options: options).run(try BatchInputs.collect(inputs))
    }
}
