import Assessment
import Foundation
import GRDB

/// One run of scored bodies into a `ResultsStore`: bodies are added one by one and go in
/// through one transaction that becomes permanent only on `commit`; a run rolled back (or
/// dropped without a commit) leaves the store as it was.
///
/// A body's earlier rows for the same period are deleted before its new ones go in, so
/// re-scoring replaces and never duplicates. An anonymised run stores no names, ids, files,
/// dates or digests; since its bodies cannot be told apart, it replaces every earlier row of
/// the periods it scores, and it hides types and regions shared by fewer than `minGroup`
/// bodies, as the anonymised summary does.
package final class StoreRun {
    /// The value that replaces a type or region shared by too few bodies.
    package static let suppressed = "suppressed"
    /// SQLite's page cache during a run, in KiB.
    static let cacheKiB = 16_384

    /// How many scored bodies may wait for the store's thread before `add` waits.
    package static let queueCapacity = 64

    /// The store the run writes into.
    package let store: ResultsStore
    /// Whether the run stores no names, ids, files, dates or digests.
    package let anonymised: Bool
    private let runID: Int64
    private let inserts: InsertThread
    private var open = true

    /// Starts a run: checks the store's mode, begins the transaction and refreshes the
    /// catalogue of questionnaires, domains and questions from `library`.
    package convenience init(store: ResultsStore, library: Library, anonymised: Bool, profile: String?) throws(StoreError) {
        try self.init(store: store, library: library, anonymised: anonymised, profile: profile, pageCacheKiB: Self.cacheKiB,
                      writebackEvery: InsertThread.writebackEvery)
    }

    /// `init(store:library:anonymised:profile:)` with SQLite's page cache set to `pageCacheKiB`
    /// and the file's writeback started every `writebackEvery` bodies (tests make both small,
    /// so that a run of a few bodies writes pages, and starts them to disk, before its commit).
    init(store: ResultsStore, library: Library, anonymised: Bool, profile: String?, pageCacheKiB: Int, writebackEvery: Int) throws(StoreError) {
        self.store = store
        self.anonymised = anonymised
        if let mode = try store.isAnonymised(), mode != anonymised {
            throw .modeMismatch(path: store.path, storeIsAnonymised: mode)
        }
        runID = try store.read { db in
            // For this connection only: a page cache of 16 MiB, so SQLite writes the run's pages
            // to the file as it goes (almost all are new pages, which need no journal) and the
            // commit, which nothing overlaps, has little left to write: for 10,000 bodies the
            // run ended 0.13 s after the batch's other outputs instead of 0.3 s with a cache
            // that held all 130 MB. One sync at the commit rather than also at each journal
            // write. The file stays an ordinary rollback-journal database for readers; the run
            // stays one transaction.
            try db.execute(sql: "PRAGMA cache_size = -\(pageCacheKiB); PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY")
            // Every row the run inserts refers to the assessment inserted just before it, so
            // SQLite need not look that parent up for each of them (a sixth of the store's
            // thread); deletions remove an assessment's rows themselves (`deleteAssessments`).
            // Turned back on when the run ends (`endRun`).
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.beginTransaction(.immediate)
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('anonymised', ?), ('schema', ?)",
                           arguments: [anonymised ? "1" : "0", StoreSchema.version])
            try db.execute(sql: "INSERT INTO runs (tool_version, profile, anonymised) VALUES (?, ?, ?)",
                           arguments: [Assessment.toolVersion, profile, anonymised])
            let id = db.lastInsertedRowID
            try Self.writeCatalogue(library, db)
            return id
        }
        guard let inserts = InsertThread(capacity: Self.queueCapacity, writebackEvery: writebackEvery,
                                         inserter: StoreInserter(store: store, anonymised: anonymised, runID: runID)) else {
            try? store.read { db in try db.rollback(); try Self.endRun(db) }
            throw .database(path: store.path, reason: "the system refused a thread for the store's inserts (a limit such as ulimit -u or ulimit -v); raise the limit, or run without --db")
        }
        self.inserts = inserts
    }

    deinit { rollBack() }

    /// Hands the body (read from `file`) to the store's thread; throws when an earlier insert
    /// failed there.
    package func add(_ results: ResultRows, file: String) throws(StoreError) {
        try inserts.add(results, file: file)
    }

    /// Waits for the store's thread to insert every body, then records the run's counts
    /// (input files, bodies scored, files failed) and commits it. An anonymised run first
    /// hides types and regions shared by fewer than `minGroup` of its bodies.
    package func commit(files: Int, scored: Int, failed: Int, minGroup: Int) throws(StoreError) {
        try inserts.close()
        try store.read { db in
            if anonymised { try self.suppressSmallGroups(minGroup: minGroup, db) }
            try db.execute(sql: "UPDATE runs SET finished_at = ?, files = ?, scored = ?, failed = ? WHERE id = ?",
                           arguments: [ISO8601DateFormatter().string(from: Date()), files, scored, failed, runID])
            try db.commit()
            try Self.endRun(db)
        }
        open = false
    }

    /// Stops the store's thread and rolls the run back; after a commit, does nothing.
    package func rollBack() {
        guard open else { return }
        open = false
        inserts.stop()
        try? store.read { db in
            if db.isInsideTransaction { try db.rollback() }
            try Self.endRun(db)
        }
    }

    /// Gives the connection back its foreign-key checks once the run's transaction is over.
    private static func endRun(_ db: Database) throws {
        try db.execute(sql: "PRAGMA foreign_keys = ON")
    }

    /// Replaces types and regions shared by fewer than `minGroup` of this run's bodies, and a
    /// region whose type-and-region cell is that small; stores nothing if the run itself is.
    private func suppressSmallGroups(minGroup: Int, _ db: Database) throws {
        let run = "run_id = \(runID)"
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM assessments WHERE \(run)") ?? 0
        if total < minGroup {
            try StoreSchema.deleteAssessments(where: run, [], db)
            return
        }
        let small = "HAVING count(*) < \(minGroup)"
        try db.execute(sql: """
            UPDATE assessments SET region = :s WHERE \(run) AND (
              region IN (SELECT region FROM assessments WHERE \(run) GROUP BY region \(small))
              OR (type, region) IN (SELECT type, region FROM assessments WHERE \(run) GROUP BY type, region \(small))
                 AND type NOT IN (SELECT type FROM assessments WHERE \(run) AND type IS NOT NULL GROUP BY type \(small)))
            """, arguments: ["s": Self.suppressed])
        try db.execute(sql: """
            UPDATE assessments SET type = :s WHERE \(run) AND type IN (SELECT type FROM assessments WHERE \(run) GROUP BY type \(small))
            """, arguments: ["s": Self.suppressed])
    }

    /// The questionnaires, domains and questions of the library, as of this run.
    private static func writeCatalogue(_ library: Library, _ db: Database) throws {
        for q in library.questionnaires {
            try db.execute(sql: "INSERT OR REPLACE INTO questionnaires VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [q.id, q.version, q.title, q.topic, q.scoring.rawValue, q.maxLevel])
            for d in q.domains {
                try db.execute(sql: "INSERT OR REPLACE INTO domains VALUES (?, ?, ?, ?)", arguments: [d.id, q.id, d.title, d.weight])
                for question in d.questions {
                    try db.execute(sql: "INSERT OR REPLACE INTO questions VALUES (?, ?, ?, ?)",
                                   arguments: [question.id, d.id, question.text, question.recommendation])
                }
            }
        }
    }
}
