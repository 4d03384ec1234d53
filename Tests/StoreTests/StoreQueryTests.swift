import Foundation
import Store
import TestSupport
import Testing

/// Runs the example queries of docs/store.md against a small store and checks their rows.
@Suite struct StoreQueryTests {
    /// The SQL under each `<!-- query: NAME -->` marker of docs/store.md.
    static func documentedQueries() throws -> [String: String] {
        let text = try String(contentsOfFile: StoreFixtures.root + "/docs/store.md", encoding: .utf8)
        var queries: [String: String] = [:]
        for part in text.components(separatedBy: "<!-- query: ").dropFirst() {
            let name = String(part.prefix { $0 != " " })
            guard let start = part.range(of: "```sql\n"), let end = part.range(of: "```", range: start.upperBound..<part.endIndex) else { continue }
            queries[name] = String(part[start.upperBound..<end.lowerBound])
        }
        return queries
    }

    static func store() throws -> ResultsStore {
        let folderTemporary = try TemporaryFolder()
        let folder = folderTemporary.path
        try StoreFixtures.batch(try StoreFixtures.write(StoreFixtures.region, into: folder), out: folder + "/out", db: folder + "/r.sqlite")
        return try ResultsStore(path: folder + "/r.sqlite")
    }

    @Test func theDocumentedQueriesReturnTheExpectedRows() throws {
        let queries = try Self.documentedQueries()
        #expect(Set(queries.keys) == ["league-table", "body-trend", "weakest-domains", "recurring-recommendations"])
        let store = try Self.store()

        // Overall = weight share of level-1 domains: Delta 9/17, Gamma 3/17, Alpha 17/17, Beta 4/17.
        #expect(try store.rows(queries["league-table"]!) == [
            ["type": "county", "name": "Delta County", "overall_score": "0.53", "rank_in_type": "1"],
            ["type": "county", "name": "Gamma County", "overall_score": "0.18", "rank_in_type": "2"],
            ["type": "district", "name": "Alpha District", "overall_score": "1.0", "rank_in_type": "1"],
            ["type": "district", "name": "Beta District", "overall_score": "0.24", "rank_in_type": "2"],
        ])
        #expect(try store.rows(queries["body-trend"]!) == [
            ["period": "2025-26", "overall_score": "0.12", "questionnaire": "cyber-resilience", "topic_score": "0.12"],
            ["period": "2026-27", "overall_score": "1.0", "questionnaire": "cyber-resilience", "topic_score": "1.0"],
        ])
        // South East: Alpha at 1 everywhere, Beta at 1 in GOV and RSK only; targets are 3.
        let weakest = try store.rows(queries["weakest-domains"]!)
        #expect(weakest.map { $0["domain"] } == ["RES-AST", "RES-AWR", "RES-IAM", "RES-IRX", "RES-PRT"])
        #expect(weakest.allSatisfy { $0["mean_score"] == "0.5" && $0["bodies"] == "2" && $0["meeting_target"] == "0" })
        #expect(weakest.first?["title"] == StoreFixtures.questionnaire.domains.first { $0.id == "RES-AST" }?.title)

        // Every applicable question is below target 3; count, per question, the 2026-27 bodies it applies to.
        let recurring = try store.rows(queries["recurring-recommendations"]!)
        let expected = try store.rows("""
            SELECT q.question, COUNT(*) AS bodies FROM question_results q JOIN assessments a ON a.id = q.assessment_id
            WHERE a.period = '2026-27' AND q.status IN ('answered', 'unanswered') GROUP BY q.question ORDER BY bodies DESC, q.question LIMIT 3
            """)
        #expect(recurring == expected)
        #expect(recurring.first?["bodies"] == "4")
    }
}
