import GRDB

/// The tables of the store, created by numbered migrations (see docs/store.md).
enum StoreSchema {
    /// The schema version written to `meta`.
    static let version = "3"

    /// Creates or upgrades the tables.
    static func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            for statement in v1 { try db.execute(sql: statement) }
        }
        // The place of each topic in its report, so a body's trend read back from the store
        // lists topics as its reports do (NULL in rows written before).
        migrator.registerMigration("v2") { db in
            try db.execute(sql: "ALTER TABLE topic_scores ADD COLUMN position INTEGER")
        }
        // A recommendation is a question below its target: its rank and priority live on the
        // question's row, and `recommendations` becomes a view of those rows. A run inserts
        // about a quarter fewer rows, and no longer keeps an index in question order.
        migrator.registerMigration("v3") { db in
            for statement in v3 { try db.execute(sql: statement) }
        }
        return migrator
    }

    /// What an SQLite file holds, judged before anything is written to it.
    enum FileKind: Equatable {
        /// No tables: a new file, or one only SQLite's header was written to.
        case empty
        /// A cyberassess store of this schema or an earlier one (migrated on open).
        case store
        /// A cyberassess store with migrations this version does not know.
        case newer
        /// Tables of another application.
        case foreign
    }

    static func kind(of db: Database, migrator: DatabaseMigrator) throws -> FileKind {
        let names = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"))
        if names.isEmpty { return .empty }
        guard names.contains("grdb_migrations"), names.contains("meta"), try migrator.appliedIdentifiers(db).contains("v1") else { return .foreign }
        return try migrator.hasBeenSuperseded(db) ? .newer : .store
    }

    /// The tables whose rows belong to one assessment.
    static let assessmentTables = ["assessment_questionnaires", "topic_scores", "domain_scores", "question_results"]

    /// Deletes the assessments `condition` selects and their rows in every table that belongs
    /// to them, whether or not the connection checks foreign keys (a run turns the checks off).
    static func deleteAssessments(where condition: String, _ arguments: StatementArguments, _ db: Database) throws {
        for table in assessmentTables {
            try db.execute(sql: "DELETE FROM \(table) WHERE assessment_id IN (SELECT id FROM assessments WHERE \(condition))", arguments: arguments)
        }
        try db.execute(sql: "DELETE FROM assessments WHERE \(condition)", arguments: arguments)
    }

    private static let v3 = [
        "ALTER TABLE question_results ADD COLUMN rank INTEGER",
        "ALTER TABLE question_results ADD COLUMN priority REAL",
        """
        UPDATE question_results AS q SET rank = r.rank, priority = r.priority
        FROM recommendations r WHERE r.assessment_id = q.assessment_id AND r.question = q.question
        """,
        "DROP TABLE recommendations",
        """
        CREATE VIEW recommendations (assessment_id, rank, question, domain, questionnaire, priority, level, target) AS
        SELECT q.assessment_id, q.rank, q.question, q.domain, d.questionnaire, q.priority, q.level, q.target
        FROM question_results q JOIN domain_scores d ON d.assessment_id = q.assessment_id AND d.domain = q.domain
        WHERE q.rank IS NOT NULL
        """,
    ]

    private static let v1 = [
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """
        CREATE TABLE runs (
          id INTEGER PRIMARY KEY, tool_version TEXT NOT NULL, finished_at TEXT,
          files INTEGER NOT NULL DEFAULT 0, scored INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0,
          profile TEXT, anonymised INTEGER NOT NULL)
        """,
        "CREATE TABLE bodies (id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT, region TEXT)",
        """
        CREATE TABLE questionnaires (
          id TEXT PRIMARY KEY, version TEXT NOT NULL, title TEXT NOT NULL, topic TEXT NOT NULL,
          method TEXT NOT NULL, scale_max INTEGER NOT NULL)
        """,
        "CREATE TABLE domains (id TEXT PRIMARY KEY, questionnaire TEXT NOT NULL, title TEXT NOT NULL, weight REAL NOT NULL)",
        "CREATE TABLE questions (id TEXT PRIMARY KEY, domain TEXT NOT NULL, text TEXT NOT NULL, recommendation TEXT)",
        """
        CREATE TABLE assessments (
          id INTEGER PRIMARY KEY,
          body_id TEXT REFERENCES bodies(id),
          period TEXT NOT NULL, type TEXT, region TEXT, date TEXT, profile TEXT,
          overall_score REAL, weakest_link INTEGER, band TEXT,
          completeness REAL NOT NULL, answered INTEGER NOT NULL, in_scope INTEGER NOT NULL,
          unanswered INTEGER NOT NULL, targets_met INTEGER NOT NULL,
          answers_sha256 TEXT, report_digest TEXT, file TEXT,
          run_id INTEGER NOT NULL REFERENCES runs(id))
        """,
        "CREATE UNIQUE INDEX assessments_body_period ON assessments(body_id, period)",
        "CREATE INDEX assessments_period ON assessments(period)",
        """
        CREATE TABLE assessment_questionnaires (
          assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
          questionnaire TEXT NOT NULL, version TEXT NOT NULL, sha256 TEXT NOT NULL,
          PRIMARY KEY (assessment_id, questionnaire)) WITHOUT ROWID
        """,
        """
        CREATE TABLE topic_scores (
          assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
          questionnaire TEXT NOT NULL, topic TEXT NOT NULL, version TEXT NOT NULL,
          score REAL, weakest_link INTEGER, band TEXT, target REAL NOT NULL, gap REAL,
          completeness REAL NOT NULL, targets_met INTEGER NOT NULL,
          PRIMARY KEY (assessment_id, questionnaire)) WITHOUT ROWID
        """,
        """
        CREATE TABLE domain_scores (
          assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
          domain TEXT NOT NULL, questionnaire TEXT NOT NULL,
          score REAL, weakest_link INTEGER, band TEXT, target INTEGER NOT NULL, gap REAL, met INTEGER NOT NULL,
          answered INTEGER NOT NULL, in_scope INTEGER NOT NULL,
          PRIMARY KEY (assessment_id, domain)) WITHOUT ROWID
        """,
        """
        CREATE TABLE question_results (
          assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
          question TEXT NOT NULL, domain TEXT NOT NULL, status TEXT NOT NULL, answer TEXT,
          level INTEGER, target INTEGER NOT NULL, met INTEGER,
          PRIMARY KEY (assessment_id, question)) WITHOUT ROWID
        """,
        """
        CREATE TABLE recommendations (
          assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
          rank INTEGER NOT NULL, question TEXT NOT NULL, domain TEXT NOT NULL, questionnaire TEXT NOT NULL,
          priority REAL NOT NULL, level INTEGER NOT NULL, target INTEGER NOT NULL,
          PRIMARY KEY (assessment_id, rank)) WITHOUT ROWID
        """,
        "CREATE INDEX recommendations_question ON recommendations(question)",
    ]
}
