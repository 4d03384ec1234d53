import Assessment
import Foundation
import Store
import TestSupport
import Testing

/// The store's run writer on its own, without a batch: bodies added and committed are stored
/// with the run's counts; a run rolled back, or dropped without a commit, stores nothing.
@Suite struct StoreRunTests {
    static func rows(_ answers: AnswersFile, file: String) throws -> ResultRows {
        ResultRows(try Scorer(library: StoreFixtures.library).results(answers, file: file, answersSHA256: "0"))
    }

    @Test func aCommittedRunStoresItsBodiesAndCounts() throws {
        let folder = try TemporaryFolder()
        let db = folder.path + "/r.sqlite"
        let run = try StoreRun(store: try ResultsStore(path: db), library: StoreFixtures.library, anonymised: false, profile: nil)
        for (index, answers) in StoreFixtures.region.prefix(3).enumerated() {
            try run.add(try Self.rows(answers, file: "b\(index).yaml"), file: "b\(index).yaml")
        }
        try run.commit(files: 4, scored: 3, failed: 1, minGroup: 1)
        let store = try ResultsStore(path: db)
        #expect(try store.rows("SELECT count(*) AS n FROM assessments") == [["n": "3"]])
        #expect(try store.rows("SELECT files, scored, failed, finished_at IS NOT NULL AS finished FROM runs")
            == [["files": "4", "scored": "3", "failed": "1", "finished": "1"]])
        #expect(try store.rows("SELECT file FROM assessments ORDER BY file") == [["file": "b0.yaml"], ["file": "b1.yaml"], ["file": "b2.yaml"]])
    }

    @Test func aRunRolledBackOrDroppedStoresNothing() throws {
        let folder = try TemporaryFolder()
        let db = folder.path + "/r.sqlite"
        let rows = try Self.rows(StoreFixtures.region[0], file: "a.yaml")
        let rolledBack = try StoreRun(store: try ResultsStore(path: db), library: StoreFixtures.library, anonymised: false, profile: nil)
        try rolledBack.add(rows, file: "a.yaml")
        rolledBack.rollBack()
        do {
            let dropped = try StoreRun(store: try ResultsStore(path: db), library: StoreFixtures.library, anonymised: false, profile: nil)
            try dropped.add(rows, file: "a.yaml")
        }
        let store = try ResultsStore(path: db)
        #expect(try store.rows("SELECT (SELECT count(*) FROM runs) AS runs, (SELECT count(*) FROM assessments) AS assessments")
            == [["runs": "0", "assessments": "0"]])
    }
}
