import Assessment
import Batch
import BatchStore
import Foundation
@testable import Store
import TestSupport
import Testing

/// A run writes its pages into the store's file before it commits (its page cache is small);
/// a run that fails must still leave the file exactly as it was.
@Suite struct StoreSpillTests {
    static func bodies(_ count: Int) -> [AnswersFile] {
        (0..<count).map { i in
            StoreFixtures.answers(id: String(format: "E07%06d", i), name: "Body \(i)", type: "district", region: "South East",
                                  levelOne: i % 2 == 0 ? StoreFixtures.allDomains : ["RES-GOV"])
        }
    }

    /// A batch into a store with a page cache of 64 KiB whose file's writeback starts every 8
    /// bodies (as it does every 256 in a real run); with `failAt`, the insert of that body
    /// fails on the store's thread (its topics twice over break a primary key) after the
    /// bodies before it went in.
    static func batch(_ files: [String], out: String, db: String, failAt: Int? = nil) throws {
        let sink = StoreSink(run: try StoreRun(store: try ResultsStore(path: db), library: StoreFixtures.library, anonymised: false, profile: nil, pageCacheKiB: 64, writebackEvery: 8))
        let runner = BatchRunner(library: StoreFixtures.library, options: BatchOptions(outputFolder: out, jobs: 2))
        let failing = failAt.map { n in
            StoreSinkTests.EditingSink(sink) { results, place in if place == n { results.topics += results.topics } }
        }
        _ = try runner.run(try BatchInputs.collect(files), sink: failing ?? sink)
    }

    @Test func aFailedRunThatHadWrittenPagesLeavesTheFileAsItWas() throws {
        let folder = try TemporaryFolder()
        let db = folder.path + "/r.sqlite"
        let files = try StoreFixtures.write(Self.bodies(60), into: folder.path)
        try Self.batch(Array(files.prefix(2)), out: folder.path + "/out", db: db)
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        #expect(throws: BatchError.self) {
            try Self.batch(files, out: folder.path + "/out2", db: db, failAt: 55)
        }
        // The 54 bodies inserted before the failure hold far more than 64 KiB of pages, so the
        // run had written pages into the file; the rollback put back every byte.
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
        #expect(!FileManager.default.fileExists(atPath: db + "-journal"))
        let store = try ResultsStore(path: db)
        #expect(try store.rows("SELECT count(*) AS n FROM assessments") == [["n": "2"]])
        #expect(try store.rows("PRAGMA integrity_check") == [["integrity_check": "ok"]])
    }

    @Test func aRunThatWritesPagesAsItGoesStoresEveryRow() throws {
        let folder = try TemporaryFolder()
        let db = folder.path + "/r.sqlite"
        let files = try StoreFixtures.write(Self.bodies(60), into: folder.path)
        try Self.batch(files, out: folder.path + "/out", db: db)
        let store = try ResultsStore(path: db)
        #expect(try store.rows("SELECT count(*) AS n FROM assessments") == [["n": "60"]])
        #expect(try store.rows("SELECT count(*) AS n FROM question_results") == [["n": "\(60 * StoreFixtures.questionnaire.questions.count)"]])
        #expect(try store.rows("PRAGMA integrity_check") == [["integrity_check": "ok"]])
        #expect(try store.rows("PRAGMA foreign_key_check").isEmpty)
    }
}
