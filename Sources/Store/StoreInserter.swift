import Assessment
import GRDB
import GRDBSQLite

/// Writes one scored body's rows (assessment, questionnaires, topic, domain and question
/// results, the latter with their recommendation ranks) into a run's open transaction,
/// deleting first the rows it replaces.
struct StoreInserter: Sendable {
    let store: ResultsStore
    let anonymised: Bool
    let runID: Int64
    /// The periods an anonymised run has already cleared.
    private var periodsCleared: Set<String> = []

    init(store: ResultsStore, anonymised: Bool, runID: Int64) {
        self.store = store
        self.anonymised = anonymised
        self.runID = runID
    }

    /// Inserts the rows of `results`, read from `file`.
    mutating func add(_ results: ResultRows, file: String) throws(StoreError) {
        try store.read { db in try insert(results, file: file, db) }
    }

    private mutating func insert(_ r: ResultRows, file: String, _ db: Database) throws {
        let assessment: Int64
        let o = r.overall
        if anonymised {
            if !periodsCleared.contains(r.period) {
                try StoreSchema.deleteAssessments(where: "period = ?", [r.period], db)
                periodsCleared.insert(r.period)
            }
            // A random key, so the order of rows says nothing about the order of the inputs.
            assessment = Int64.random(in: 1...Int64.max)
            let none = String?.none
            try RowInsert.run(db.cachedStatement(sql: Self.insertAssessment), db,
                              assessment, none, r.period, r.body.type, r.body.region, none, r.profile,
                              o.score, o.weakestLink, o.band, o.completeness, o.answered, o.inScope, r.unanswered, o.targetsMet,
                              none, none, none, runID)
        } else {
            if let earlier = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM assessments WHERE body_id = ? AND period = ?"),
                                                arguments: [r.body.id, r.period]) {
                try StoreSchema.deleteAssessments(where: "id = ?", [earlier], db)
            }
            try RowInsert.run(db.cachedStatement(sql: """
                INSERT INTO bodies (id, name, type, region) VALUES (?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type, region = excluded.region
                """), db, r.body.id, r.body.name, r.body.type, r.body.region)
            try RowInsert.run(db.cachedStatement(sql: Self.insertAssessment), db,
                              Int64?.none, r.body.id, r.period, r.body.type, r.body.region, r.date.description, r.profile,
                              o.score, o.weakestLink, o.band, o.completeness, o.answered, o.inScope, r.unanswered, o.targetsMet,
                              r.answersSHA256, r.digest, file, runID)
            assessment = db.lastInsertedRowID
        }
        // Each table's rows go in as few statement runs as `ChunkedInsert.sizes` allow (each run
        // costs SQLite a few microseconds besides its rows), questions in key order (as
        // `ResultRows` keeps them): the store's thread does a third of a --db run's work.
        try Self.insert(r.questionnaires, Self.sourceRows, db) { b, s in
            b.add(assessment); b.add(s.id); b.add(s.version); b.add(s.sha256)
        }
        try Self.insert(Array(r.topics.enumerated()), Self.topicRows, db) { b, e in
            let t = e.element
            b.add(assessment); b.add(t.id); b.add(t.topic); b.add(t.version); b.add(t.score); b.add(t.weakestLink); b.add(t.band)
            b.add(t.target); b.add(t.gap); b.add(t.completeness); b.add(t.targetsMet); b.add(e.offset)
        }
        try Self.insert(r.domains, Self.domainRows, db) { b, d in
            b.add(assessment); b.add(d.id); b.add(r.topics[d.topic].id); b.add(d.score); b.add(d.weakestLink); b.add(d.band)
            b.add(d.target); b.add(d.gap); b.add(d.met); b.add(d.answered); b.add(d.inScope)
        }
        try Self.insert(r.questions, Self.questionRows, db) { b, q in
            b.add(assessment); b.add(q.id); b.add(r.domains[q.domain].id); b.add(q.status.storeText); b.add(q.answer); b.add(q.level)
            b.add(q.target); b.add(q.met); b.add(q.rank); b.add(q.priority)
        }
    }

    /// Inserts `rows` with `table`'s statements, as many rows per statement run as the sizes
    /// allow (largest first); `bind` binds one row's values in column order.
    private static func insert<Row>(_ rows: [Row], _ table: ChunkedInsert, _ db: Database,
                                    bind: (inout ParameterBinder, Row) -> Void) throws {
        var start = 0
        for (size, sql) in zip(ChunkedInsert.sizes, table.statements) where rows.count - start >= size {
            let statement = try db.cachedStatement(sql: sql)
            while rows.count - start >= size {
                var binder = ParameterBinder(statement, after: 0)
                for row in rows[start..<start + size] { bind(&binder, row) }
                try RowInsert.step(statement, db, bound: binder.code)
                start += size
            }
        }
    }

    /// A table's inserts of `sizes` rows per statement run.
    struct ChunkedInsert {
        /// Rows per run, powers of two: a body's 4 topics go in one run, its 26 domains in 3
        /// and its 165 questions in 5, not one run per row.
        static let sizes = [64, 32, 16, 8, 4, 2, 1]
        let statements: [String]

        init(_ table: String, columns: Int) {
            let row = "(" + repeatElement("?", count: columns).joined(separator: ", ") + ")"
            statements = Self.sizes.map { "INSERT INTO \(table) VALUES " + repeatElement(row, count: $0).joined(separator: ", ") }
        }
    }

    static let sourceRows = ChunkedInsert("assessment_questionnaires", columns: 4)
    static let topicRows = ChunkedInsert("topic_scores", columns: 12)
    static let domainRows = ChunkedInsert("domain_scores", columns: 11)
    static let questionRows = ChunkedInsert("question_results", columns: 10)

    static let insertAssessment = """
        INSERT INTO assessments (id, body_id, period, type, region, date, profile, overall_score, weakest_link, band,
          completeness, answered, in_scope, unanswered, targets_met, answers_sha256, report_digest, file, run_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
}
