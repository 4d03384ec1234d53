import Assessment
import GRDB
import GRDBSQLite

/// Writes one scored body's rows (assessment, questionnaires, topic, domain and question
/// results, recommendations) into a run's open transaction, deleting first the rows it replaces.
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
                try db.execute(sql: "DELETE FROM assessments WHERE period = ?", arguments: [r.period])
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
            try RowInsert.run(db.cachedStatement(sql: "DELETE FROM assessments WHERE body_id = ? AND period = ?"), db, r.body.id, r.period)
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
        let sources = try db.cachedStatement(sql: "INSERT INTO assessment_questionnaires VALUES (?, ?, ?, ?)")
        for source in r.questionnaires {
            try RowInsert.run(sources, db, assessment, source.id, source.version, source.sha256)
        }
        let topics = try db.cachedStatement(sql: "INSERT INTO topic_scores VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        let domains = try db.cachedStatement(sql: "INSERT INTO domain_scores VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        let questions = try db.cachedStatement(sql: "INSERT INTO question_results VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        for (position, t) in r.topics.enumerated() {
            try RowInsert.run(topics, db, assessment, t.id, t.topic, t.version, t.score, t.weakestLink, t.band, t.target, t.gap,
                              t.completeness, t.targetsMet, position)
        }
        for d in r.domains {
            try RowInsert.run(domains, db, assessment, d.id, r.topics[d.topic].id, d.score, d.weakestLink, d.band, d.target, d.gap, d.met,
                              d.answered, d.inScope)
        }
        // Question rows go in `chunk` at a time, one statement run for each chunk: the store's
        // thread is the slowest part of a batch with --db, and most of its rows are these.
        let chunked = try db.cachedStatement(sql: Self.insertQuestions(Self.chunk))
        let sorted = r.questions.sorted { $0.id < $1.id }
        var start = 0
        while sorted.count - start >= Self.chunk {
            var code = SQLITE_OK
            for (k, q) in sorted[start..<start + Self.chunk].enumerated() where code == SQLITE_OK {
                code = RowInsert.bind(chunked, after: Int32(k * 8), assessment, q.id, r.domains[q.domain].id, q.status.rawValue, q.answer, q.level, q.target, q.met)
            }
            try RowInsert.step(chunked, db, bound: code)
            start += Self.chunk
        }
        for q in sorted[start...] {
            try RowInsert.run(questions, db, assessment, q.id, r.domains[q.domain].id, q.status.rawValue, q.answer, q.level, q.target, q.met)
        }
        let recommendations = try db.cachedStatement(sql: "INSERT INTO recommendations VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        for rec in r.recommendations {
            try RowInsert.run(recommendations, db, assessment, rec.rank, rec.question, rec.domain, rec.topic, rec.priority, rec.level, rec.target)
        }
    }

    /// Question rows per run of the chunked insert.
    static let chunk = 32

    /// An insert of `rows` question rows.
    static func insertQuestions(_ rows: Int) -> String {
        "INSERT INTO question_results VALUES " + repeatElement("(?, ?, ?, ?, ?, ?, ?, ?)", count: rows).joined(separator: ", ")
    }

    static let insertAssessment = """
        INSERT INTO assessments (id, body_id, period, type, region, date, profile, overall_score, weakest_link, band,
          completeness, answered, in_scope, unanswered, targets_met, answers_sha256, report_digest, file, run_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
}
