import Foundation
import GRDB
@testable import Store
import TestSupport
import Testing

/// A store written by an earlier schema opens as the current one and keeps what it held.
@Suite struct StoreMigrationTests {
    /// A schema 2 store, where recommendations had a table of their own, keeps every
    /// recommendation once its ranks move onto the question rows.
    @Test func aSchemaTwoStoreKeepsItsRecommendations() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/old.sqlite"
        do {
            let queue = try DatabaseQueue(path: path)
            try StoreSchema.migrator().migrate(queue, upTo: "v2")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO runs (id, tool_version, anonymised) VALUES (1, 'old', 0);
                    INSERT INTO meta VALUES ('schema', '2'), ('anonymised', '0');
                    INSERT INTO bodies VALUES ('E07000001', 'Alpha District', 'district', 'South East');
                    INSERT INTO assessments (id, body_id, period, completeness, answered, in_scope, unanswered, targets_met, run_id)
                      VALUES (7, 'E07000001', '2025-26', 100, 3, 3, 0, 0, 1);
                    INSERT INTO domain_scores VALUES (7, 'RES-GOV', 'cyber-resilience', 1.5, 1, 'developing', 3, 1.5, 0, 3, 3);
                    INSERT INTO question_results VALUES
                      (7, 'RES-GOV-01', 'RES-GOV', 'answered', 'partly', 1, 3, 0),
                      (7, 'RES-GOV-02', 'RES-GOV', 'answered', 'yes', 3, 3, 1),
                      (7, 'RES-GOV-03', 'RES-GOV', 'answered', 'no', 0, 3, 0);
                    INSERT INTO recommendations VALUES
                      (7, 1, 'RES-GOV-03', 'RES-GOV', 'cyber-resilience', 9.5, 0, 3),
                      (7, 2, 'RES-GOV-01', 'RES-GOV', 'cyber-resilience', 4.25, 1, 3);
                    """)
            }
        }
        let store = try ResultsStore(path: path)
        #expect(try store.rows("SELECT rank, question, domain, questionnaire, priority, level, target FROM recommendations ORDER BY rank") == [
            ["rank": "1", "question": "RES-GOV-03", "domain": "RES-GOV", "questionnaire": "cyber-resilience", "priority": "9.5", "level": "0", "target": "3"],
            ["rank": "2", "question": "RES-GOV-01", "domain": "RES-GOV", "questionnaire": "cyber-resilience", "priority": "4.25", "level": "1", "target": "3"],
        ])
        #expect(try store.rows("SELECT question, rank FROM question_results ORDER BY question") == [
            ["question": "RES-GOV-01", "rank": "2"], ["question": "RES-GOV-02", "rank": nil], ["question": "RES-GOV-03", "rank": "1"],
        ])
        #expect(try store.rows("SELECT type FROM sqlite_master WHERE name = 'recommendations'") == [["type": "view"]])
        // A body's rows still go with its assessment.
        #expect(try store.rows("DELETE FROM assessments WHERE id = 7 RETURNING id") == [["id": "7"]])
        #expect(try store.rows("SELECT count(*) AS n FROM recommendations") == [["n": "0"]])
    }
}
