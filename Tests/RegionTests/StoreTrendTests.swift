import Assessment
import Batch
import BatchStore
import CyberYAML
import Foundation
import Region
import Store
import TestSupport
import Testing

/// One body's trend read back from the store equals the trend of the same periods' reports.
@Suite struct StoreTrendTests {
    static let library = RegionFixtures.library
    static let resilience = library.questionnaire("cyber-resilience")!

    /// The library with cyber-resilience at `nextVersion`, without RES-GOV-01.
    static let nextVersion = "9.0.0"
    static let nextLibrary: Library = {
        var next = Library()
        for questionnaire in library.questionnaires {
            var q = questionnaire
            if q.id == resilience.id {
                q.version = nextVersion
                q.domains[0].questions.removeAll { $0.id == "RES-GOV-01" }
            }
            let source = library.sources[q.id]!
            next.add(q, path: source.path, sha256: source.sha256)
        }
        return next
    }()

    /// Cyber-resilience answers at level 2 (or the nearest below), `lower` domains at their lowest,
    /// without the questions in `left`.
    static func answers(_ period: String, version: String, lower: Set<String> = [], leaving left: Set<String> = []) -> AnswersFile {
        var answers: [Answer] = []
        for domain in resilience.domains {
            for question in domain.questions where !left.contains(question.id) {
                // The lowest option, or the highest at or below level 2.
                let levelled = question.answers.filter { ($0.level ?? 0) <= 2 }.sorted { ($0.level ?? 0) < ($1.level ?? 0) }
                let option = lower.contains(domain.id) ? levelled.first! : levelled.last!
                answers.append(Answer(questionID: question.id, choice: .option(option.value)))
            }
        }
        return AnswersFile(
            body: Body(id: "E07000999", name: "Trend & <Co>", type: "district", region: "South East"), period: period,
            date: Day(year: Int(period.prefix(4))!, month: 10, day: 1),
            questionnaires: [QuestionnaireVersion(id: resilience.id, version: version)], answers: answers)
    }

    /// 2024-25 on the bundled version; 2025-26 on `nextVersion` (RES-GOV-01 gone); 2026-27 on
    /// `nextVersion` with RES-RSK down.
    static let periods: [(AnswersFile, Library)] = [
        (answers("2024-25", version: resilience.version), library),
        (answers("2025-26", version: nextVersion, leaving: ["RES-GOV-01"]), nextLibrary),
        (answers("2026-27", version: nextVersion, lower: ["RES-RSK"], leaving: ["RES-GOV-01"]), nextLibrary),
    ]

    /// Scores each period into the store at `db` (one batch run each, oldest last, to show the
    /// order comes from the periods) and returns the same periods' reports.
    static func scoreIntoStore(_ folder: String, db: String) throws -> [(report: Report, source: String)] {
        var reports: [(report: Report, source: String)] = []
        for (index, (answers, library)) in periods.enumerated().reversed() {
            let path = folder + "/\(answers.period).yaml"
            try Emitter.emit(answers.node()).write(toFile: path, atomically: true, encoding: .utf8)
            let sink = try StoreSink(store: ResultsStore(path: db), library: library, anonymised: false, profile: nil)
            let options = BatchOptions(outputFolder: folder + "/out\(index)", jobs: 1)
            _ = try BatchRunner(library: library, options: options).run(try BatchInputs.collect([path]), sink: sink)
            reports.append((try Scorer(library: library).score(file: path), path))
        }
        return reports
    }

    @Test func threePeriodsFromTheStoreGiveTheTrendOfTheReports() throws {
        let folder = try TemporaryFolder()
        let db = folder.path + "/region.sqlite"
        let fromFiles = try Trend(try Self.scoreIntoStore(folder.path, db: db))
        let fromStore = try Trend(try ResultsStore(path: db).history(ofBody: "E07000999"))

        #expect(fromStore.periods == ["2024-25", "2025-26", "2026-27"])
        #expect(fromStore.sources.first == db + " (2024-25)")
        #expect(fromStore.series == fromFiles.series)
        let version = fromStore.steps[0].comparability
        #expect(version.versionChanges == ["cyber-resilience \(Self.resilience.version) → \(Self.nextVersion)"] && version.onlyOld == 1 && version.onlyNew == 0)
        #expect(fromStore.steps[0].regressions.isEmpty)
        #expect(fromStore.regressions.map(\.regression.domain) == fromFiles.regressions.map(\.regression.domain))
        #expect(fromStore.regressions.contains { $0.regression.domain == "RES-RSK" && $0.from == "2025-26" })
        for format in TrendFormat.allCases {
            let store = String(decoding: TrendRenderer.render(fromStore, as: format), as: UTF8.self)
            let files = String(decoding: TrendRenderer.render(fromFiles, as: format), as: UTF8.self)
            #expect(store == files, "\(format)")
        }
    }

    @Test func aDemoReportKeepsItsTopicOrderInTheStore() throws {
        let folder = try TemporaryFolder()
        let db = folder.path + "/demo.sqlite"
        var reports: [(report: Report, source: String)] = []
        let demo = try String(contentsOfFile: RegionFixtures.root + "/questionnaires/examples/demo-council.yaml", encoding: .utf8)
        for period in ["2025-26", "2026-27"] {
            let path = folder.path + "/demo-\(period).yaml"
            try demo.replacingOccurrences(of: "period: 2026-27", with: "period: \(period)").write(toFile: path, atomically: true, encoding: .utf8)
            let sink = try StoreSink(store: ResultsStore(path: db), library: Self.library, anonymised: false, profile: nil)
            _ = try BatchRunner(library: Self.library, options: BatchOptions(outputFolder: folder.path + "/out-\(period)", jobs: 1))
                .run(try BatchInputs.collect([path]), sink: sink)
            reports.append((try Scorer(library: Self.library).score(file: path), path))
        }
        let fromStore = try Trend(try ResultsStore(path: db).history(ofBody: "E07000999"))
        let fromFiles = try Trend(reports)
        #expect(fromStore.series.map(\.id) == fromFiles.series.map(\.id))
        #expect(TrendRenderer.render(fromStore, as: .text) == TrendRenderer.render(fromFiles, as: .text))
    }
}
