import GRDB

/// Everything the store holds about one period across bodies, as plain values: what the
/// regional dashboard is drawn from.
package struct PeriodSnapshot: Sendable, Equatable {
    /// One body's scores in the period.
    package struct Entry: Sendable, Equatable {
        /// The body's name; nil in anonymised stores.
        package var name: String?
        package var type: String?
        package var region: String?
        package var overall: Double?
        /// Topic scores by questionnaire id.
        package var topics: [String: Double]
        /// Domain scores by domain id (domains that apply).
        package var domains: [String: Double]

        /// An entry.
        package init(name: String?, type: String?, region: String?, overall: Double?, topics: [String: Double], domains: [String: Double]) {
            self.name = name
            self.type = type
            self.region = region
            self.overall = overall
            self.topics = topics
            self.domains = domains
        }
    }

    /// A recommendation and how many bodies it was made to.
    package struct Recurring: Sendable, Equatable {
        package var question: String
        package var text: String
        package var bodies: Int

        /// A recurring recommendation.
        package init(question: String, text: String, bodies: Int) {
            self.question = question
            self.text = text
            self.bodies = bodies
        }
    }

    package var period: String
    package var anonymised: Bool
    /// One entry per body scored in the period.
    package var entries: [Entry]
    /// Files that failed in the runs that wrote this period.
    package var failed: Int
    /// The most frequent recommendations, most frequent first.
    package var recurring: [Recurring]

    /// A snapshot.
    package init(period: String, anonymised: Bool, entries: [Entry], failed: Int, recurring: [Recurring]) {
        self.period = period
        self.anonymised = anonymised
        self.entries = entries
        self.failed = failed
        self.recurring = recurring
    }
}

extension ResultsStore {
    /// The periods in the store, in order.
    package func periods() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT DISTINCT period FROM assessments ORDER BY period") }
    }

    /// What the store holds for `period` (default: the latest), with the `top` most recurring
    /// recommendations.
    package func snapshot(period: String? = nil, top: Int = 10) throws(StoreError) -> PeriodSnapshot {
        let chosen: String? = if let period { period } else { try periods().last }
        guard let period = chosen else { throw .notFound(path: path, what: "assessments") }
        let anonymised = try isAnonymised() ?? false
        return try read { db in
            var entries: [PeriodSnapshot.Entry] = []
            var index: [Int64: Int] = [:]
            let bodies = try Row.fetchCursor(db, sql: """
                SELECT a.id, b.name, a.type, a.region, a.overall_score FROM assessments a LEFT JOIN bodies b ON b.id = a.body_id
                WHERE a.period = ? ORDER BY a.id
                """, arguments: [period])
            while let row = try bodies.next() {
                index[try row.value(0)] = entries.count
                entries.append(.init(name: try row.value(1), type: try row.value(2), region: try row.value(3), overall: try row.value(4), topics: [:], domains: [:]))
            }
            guard !entries.isEmpty else { throw StoreError.notFound(path: path, what: "assessments for period \(period)") }
            let domains = try Row.fetchCursor(db, sql: """
                SELECT d.assessment_id, d.domain, d.score FROM domain_scores d JOIN assessments a ON a.id = d.assessment_id
                WHERE a.period = ? AND d.score IS NOT NULL
                """, arguments: [period])
            while let row = try domains.next() {
                if let i = index[try row.value(0)] { entries[i].domains[try row.value(1)] = try row.value(2) }
            }
            let topics = try Row.fetchCursor(db, sql: """
                SELECT t.assessment_id, t.questionnaire, t.score FROM topic_scores t JOIN assessments a ON a.id = t.assessment_id
                WHERE a.period = ? AND t.score IS NOT NULL
                """, arguments: [period])
            while let row = try topics.next() {
                if let i = index[try row.value(0)] { entries[i].topics[try row.value(1)] = try row.value(2) }
            }
            let failed = try Int.fetchOne(db, sql: """
                SELECT coalesce(sum(failed), 0) FROM runs WHERE id IN (SELECT DISTINCT run_id FROM assessments WHERE period = ?)
                """, arguments: [period]) ?? 0
            let recurring = try Row.fetchAll(db, sql: """
                SELECT r.question, coalesce(q.recommendation, q.text, r.question), COUNT(*) AS n
                FROM recommendations r JOIN assessments a ON a.id = r.assessment_id LEFT JOIN questions q ON q.id = r.question
                WHERE a.period = ? GROUP BY r.question ORDER BY n DESC, r.question LIMIT ?
                """, arguments: [period, top]).map { PeriodSnapshot.Recurring(question: $0[0], text: $0[1], bodies: $0[2]) }
            return PeriodSnapshot(period: period, anonymised: anonymised, entries: entries, failed: failed, recurring: recurring)
        }
    }
}
