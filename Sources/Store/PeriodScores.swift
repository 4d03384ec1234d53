import GRDB

/// Every body's overall and topic scores in one period, read from the store: what regional
/// figures (medians, quartiles) are computed from.
package struct PeriodScores: Sendable, Equatable {
    /// The period, e.g. 2026-27.
    package var period: String
    /// Overall scores, one per scored body.
    package var overall: [Double]
    /// Topic scores by questionnaire id, one per body that scores the topic.
    package var topics: [String: [Double]]

    /// Scores for `period`.
    package init(period: String, overall: [Double], topics: [String: [Double]]) {
        self.period = period
        self.overall = overall
        self.topics = topics
    }
}

extension ResultsStore {
    /// The scores of every period in the store, periods in order.
    package func periodScores() throws(StoreError) -> [PeriodScores] {
        try read { db in
            var byPeriod: [String: PeriodScores] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT period, overall_score FROM assessments WHERE overall_score IS NOT NULL") {
                let period: String = try row.value(0)
                byPeriod[period, default: PeriodScores(period: period, overall: [], topics: [:])].overall.append(try row.value(1))
            }
            let topics = try Row.fetchCursor(db, sql: """
                SELECT a.period, t.questionnaire, t.score FROM topic_scores t JOIN assessments a ON a.id = t.assessment_id
                WHERE t.score IS NOT NULL
                """)
            while let row = try topics.next() {
                let period: String = try row.value(0)
                byPeriod[period, default: PeriodScores(period: period, overall: [], topics: [:])].topics[try row.value(1), default: []].append(try row.value(2))
            }
            return byPeriod.values.sorted { $0.period < $1.period }
        }
    }
}
