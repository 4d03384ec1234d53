import Assessment
import Batch
import BatchStore
import Foundation
import Store
import TestSupport
import Testing

@Suite struct StoreSinkTests {
    @Test func aBatchStoresEveryLevelOfDetail() throws {
        let folderTemporary = try TemporaryFolder()
        let folder = folderTemporary.path
        let files = try StoreFixtures.write(StoreFixtures.region, into: folder)
        try StoreFixtures.batch(files, out: folder + "/out", db: folder + "/r.sqlite")
        let store = try ResultsStore(path: folder + "/r.sqlite")
        #expect(try store.rows("SELECT count(*) AS n FROM assessments") == [["n": "5"]])
        #expect(try store.rows("SELECT count(*) AS n FROM bodies") == [["n": "4"]])
        #expect(try store.rows("SELECT count(*) AS n FROM domain_scores") == [["n": "40"]])
        #expect(try store.rows("SELECT count(*) AS n FROM question_results") == [["n": "\(5 * StoreFixtures.questionnaire.questions.count)"]])
        // Beta: GOV (2) and RSK (2) at level 1 of 17 → 0.24.
        #expect(try store.rows("SELECT overall_score, answers_sha256 IS NOT NULL AS hashed FROM assessments WHERE body_id = 'E07000002'")
            == [["overall_score": "0.24", "hashed": "1"]])
        #expect(try store.rows("SELECT questionnaire, version FROM assessment_questionnaires LIMIT 1")
            == [["questionnaire": "cyber-resilience", "version": StoreFixtures.questionnaire.version]])
        // The recommendations view gives Beta's report's recommendations, rank for rank.
        let report = try Scorer(library: StoreFixtures.library).results(StoreFixtures.region[1], file: "beta.yaml", answersSHA256: "", options: ScoringOptions())
        let expected: [[String: String?]] = report.recommendations.map {
            ["rank": "\($0.rank)", "question": $0.question, "domain": $0.domain, "questionnaire": $0.topic, "level": "\($0.level)", "target": "\($0.target)"]
        }
        let recommended = try store.rows("""
            SELECT r.rank, r.question, r.domain, r.questionnaire, r.level, r.target FROM recommendations r
            JOIN assessments a ON a.id = r.assessment_id WHERE a.body_id = 'E07000002' AND a.period = '2026-27' ORDER BY r.priority DESC, r.question
            """)
        #expect(!expected.isEmpty && recommended == expected)
    }

    @Test func reScoringABodysPeriodReplacesItsRows() throws {
        let folderTemporary = try TemporaryFolder()
        let folder = folderTemporary.path
        let db = folder + "/r.sqlite"
        try StoreFixtures.batch(try StoreFixtures.write(StoreFixtures.region, into: folder), out: folder + "/out", db: db)
        let rescored = StoreFixtures.answers(id: "E07000002", name: "Beta District Council", type: "district", region: "South East", levelOne: StoreFixtures.allDomains)
        let againTemporary = try TemporaryFolder()
        let again = againTemporary.path
        try StoreFixtures.batch(try StoreFixtures.write([rescored], into: again), out: again + "/out", db: db)
        let store = try ResultsStore(path: db)
        #expect(try store.rows("SELECT count(*) AS n FROM assessments") == [["n": "5"]])
        #expect(try store.rows("SELECT count(*) AS n FROM question_results") == [["n": "\(5 * StoreFixtures.questionnaire.questions.count)"]])
        #expect(try store.rows("SELECT a.overall_score, b.name FROM assessments a JOIN bodies b ON b.id = a.body_id WHERE body_id = 'E07000002'")
            == [["overall_score": "1.0", "name": "Beta District Council"]])
        #expect(try store.rows("SELECT count(*) AS n FROM runs WHERE finished_at IS NOT NULL") == [["n": "2"]])
        // The run deletes the replaced rows itself (it inserts without foreign-key checks).
        #expect(try store.rows("SELECT count(*) AS n FROM domain_scores") == [["n": "40"]])
        #expect(try store.rows("PRAGMA foreign_key_check").isEmpty)
    }

    /// Fails on the third body, as a full disk or an unwritable output would.
    final class FailingSink: BatchSink {
        let inner: StoreSink
        var count = 0
        init(inner: StoreSink) { self.inner = inner }
        func add(_ results: ResultRows, file: String) throws(BatchError) {
            count += 1
            if count == 3 { throw .output(path: "disk", reason: "full") }
            try inner.add(results, file: file)
        }
        func finish(_ result: BatchResult, minGroup: Int) throws(BatchError) { try inner.finish(result, minGroup: minGroup) }
        func abandon() { inner.abandon() }
    }

    @Test func aFailedRunChangesNothing() throws {
        let folderTemporary = try TemporaryFolder()
        let folder = folderTemporary.path
        let db = folder + "/r.sqlite"
        let files = try StoreFixtures.write(StoreFixtures.region, into: folder)
        try StoreFixtures.batch(Array(files.prefix(2)), out: folder + "/out", db: db)
        let before = try ResultsStore(path: db).rows("SELECT body_id, period, overall_score, run_id FROM assessments ORDER BY body_id, period")
        #expect(throws: BatchError.output(path: "disk", reason: "full")) {
            try StoreFixtures.batch(files, out: folder + "/out2", db: db) { FailingSink(inner: $0) }
        }
        let store = try ResultsStore(path: db)
        #expect(try store.rows("SELECT body_id, period, overall_score, run_id FROM assessments ORDER BY body_id, period") == before)
        #expect(try store.rows("SELECT count(*) AS n FROM runs") == [["n": "1"]])
    }

    /// Passes each body on after `edit` has changed it (given the body's place, from 1).
    final class EditingSink: BatchSink {
        let inner: StoreSink
        let edit: (inout ResultRows, Int) -> Void
        var passed = 0

        init(_ inner: StoreSink, edit: @escaping (inout ResultRows, Int) -> Void) {
            self.inner = inner
            self.edit = edit
        }

        func add(_ results: ResultRows, file: String) throws(BatchError) {
            passed += 1
            var edited = results
            edit(&edited, passed)
            try inner.add(edited, file: file)
        }

        func finish(_ result: BatchResult, minGroup: Int) throws(BatchError) { try inner.finish(result, minGroup: minGroup) }
        func abandon() { inner.abandon() }
    }

    @Test func anInsertThatFailsOnTheStoreThreadStopsTheRunAndStoresNothing() throws {
        let temporary = try TemporaryFolder()
        let db = temporary.path + "/r.sqlite"
        let files = try StoreFixtures.write(StoreFixtures.region, into: temporary.path)
        do {
            // The second body's topics twice over break a primary key on the store's own thread,
            // as a full disk would there.
            try StoreFixtures.batch(files, out: temporary.path + "/out", db: db) { sink in
                EditingSink(sink) { results, place in if place == 2 { results.topics += results.topics } }
            }
            Issue.record("the batch went on after a failed insert")
        } catch let error as BatchError {
            guard case .output(let path, let reason) = error else { throw error }
            #expect(path == db)
            #expect(reason.contains("UNIQUE constraint failed: topic_scores"))
        }
        let store = try ResultsStore(path: db)
        #expect(try store.rows("SELECT (SELECT count(*) FROM runs) AS runs, (SELECT count(*) FROM assessments) AS assessments, "
            + "(SELECT count(*) FROM question_results) AS questions") == [["runs": "0", "assessments": "0", "questions": "0"]])
    }

    @Test func aLaterAddReportsAnInsertThatFailedOnTheStoreThread() throws {
        let folderTemporary = try TemporaryFolder()
        let db = folderTemporary.path + "/r.sqlite"
        let answers = StoreFixtures.answers(id: "E07000001", name: "Alpha", type: "district", region: "South East", levelOne: ["GOV"])
        var good = ResultRows(try Scorer(library: StoreFixtures.library).results(answers, file: "a.yaml", answersSHA256: "0"))
        let run = try StoreRun(store: try ResultsStore(path: db), library: StoreFixtures.library, anonymised: false, profile: nil)
        var bad = good
        bad.topics += bad.topics
        try run.add(bad, file: "a.yaml")
        // The queue takes a bounded number of bodies, so one of these adds must wait for the
        // store's thread and then see its failure.
        var failure: StoreError?
        for index in 0..<(2 * StoreRun.queueCapacity) where failure == nil {
            good.period = "p\(index)"
            do { try run.add(good, file: "a.yaml") } catch { failure = error }
        }
        guard case .database(_, let reason) = failure else { Issue.record("no add failed: \(String(describing: failure))"); return }
        #expect(reason.contains("UNIQUE constraint failed"))
        run.rollBack()
        #expect(try ResultsStore(path: db).rows("SELECT count(*) AS n FROM assessments") == [["n": "0"]])
    }

    @Test func anAnonymisedRunStoresNoNamesOrIdsAndHidesSmallGroups() throws {
        let folderTemporary = try TemporaryFolder()
        let folder = folderTemporary.path
        let db = folder + "/anon.sqlite"
        let files = try StoreFixtures.write(Array(StoreFixtures.region.prefix(4)), into: folder)
        try StoreFixtures.batch(files, out: folder + "/out", db: db, anonymise: true, minGroup: 2)
        let store = try ResultsStore(path: db)
        #expect(try store.rows("SELECT count(*) AS n FROM bodies") == [["n": "0"]])
        #expect(try store.rows("SELECT count(*) AS n FROM assessments WHERE body_id IS NOT NULL OR file IS NOT NULL OR date IS NOT NULL OR answers_sha256 IS NOT NULL") == [["n": "0"]])
        #expect(try store.rows("SELECT type, region, count(*) AS n FROM assessments GROUP BY type, region ORDER BY type")
            == [["type": "county", "region": "North", "n": "2"], ["type": "district", "region": "South East", "n": "2"]])
        let text = try String(contentsOfFile: db, encoding: .isoLatin1)
        for name in ["Alpha", "Beta", "E07000001", "E10000003", folder] { #expect(!text.contains(name)) }

        // With groups of three, every type and region reads 'suppressed'; a named run is refused.
        try StoreFixtures.batch(files, out: folder + "/out", db: db, anonymise: true, minGroup: 3)
        #expect(try store.rows("SELECT DISTINCT type, region FROM assessments") == [["type": "suppressed", "region": "suppressed"]])
        #expect(try store.rows("SELECT count(*) AS n FROM assessments") == [["n": "4"]])
        #expect(try store.rows("SELECT count(*) AS n FROM question_results") == [["n": "\(4 * StoreFixtures.questionnaire.questions.count)"]])
        // Four bodies are too few for groups of five: the run replaces the period with nothing.
        try StoreFixtures.batch(files, out: folder + "/out", db: db, anonymise: true, minGroup: 5)
        for table in ["assessments", "topic_scores", "domain_scores", "question_results"] {
            #expect(try store.rows("SELECT count(*) AS n FROM \(table)") == [["n": "0"]], "\(table)")
        }
        #expect(try store.rows("PRAGMA foreign_key_check").isEmpty)
        #expect(throws: StoreError.modeMismatch(path: db, storeIsAnonymised: true)) {
            try StoreFixtures.batch(files, out: folder + "/out", db: db)
        }
    }
}
