import Assessment
import CyberYAML
import Foundation
import GRDB

extension ResultsStore {
    /// One body's assessments in the store, one report per period, oldest first, each with a
    /// source naming the store and the period: what `trend --db FILE --body ID` draws.
    ///
    /// Each report holds what the store keeps of it (see docs/store.md): the body, period,
    /// date and profile; overall, topic and domain scores, weakest links, bands and targets;
    /// questionnaire versions; every question's status, answer and level. It leaves out what
    /// the store does not keep (comments, evidence, framework views, recommendations), which a
    /// trend does not show. Topics keep their report's order; domains and questions follow
    /// the library the store last saw.
    package func history(ofBody id: String) throws(StoreError) -> [(report: Report, source: String)] {
        if try isAnonymised() == true { throw .anonymised(path: path, asked: "body \(id)") }
        let documents = try read { db in try BodyHistoryReader(db: db, body: id).documents() }
        guard !documents.isEmpty else { throw .unknownBody(path: path, id: id, closest: try closestBody(to: id)) }
        return try documents.map { period, document throws(StoreError) in
            let source = "\(path) (\(period))"
            do {
                let bytes = try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])
                return (try Report.decode(json: Array(bytes), path: source), source)
            } catch {
                throw .database(path: path, reason: "the \(id) assessment for \(period) could not be read back as a report: \(error)")
            }
        }
    }

    /// The stored body id closest to `id`, searched among ids of about the same length so
    /// that the bounded search in `Suggestion` still answers in a store of many bodies.
    func closestBody(to id: String) throws(StoreError) -> String? {
        let slack = max(2, id.count / 3)
        let candidates = try read { db in
            try String.fetchAll(db, sql: "SELECT id FROM bodies WHERE abs(length(id) - ?) <= ? ORDER BY id LIMIT ?",
                                arguments: [id.count, slack, Suggestion.maxCandidates])
        }
        return Suggestion.closest(to: id, in: candidates)
    }
}

/// Reads one body's rows and lays each period out as a JSON report document.
private struct BodyHistoryReader {
    let db: Database
    let body: String

    /// (period, document) pairs, oldest period first.
    func documents() throws -> [(String, [String: Any])] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT a.id, a.period, a.date, a.profile, a.type, a.region, b.name, a.overall_score, a.weakest_link, a.band,
              a.completeness, a.answered, a.in_scope, a.targets_met, a.answers_sha256, a.report_digest
            FROM assessments a JOIN bodies b ON b.id = a.body_id WHERE a.body_id = ? ORDER BY a.period
            """, arguments: [body])
        return try rows.map { row in
            let assessment: Int64 = try row.value("id")
            let period: String = try row.value("period")
            var bodyValue: [String: Any] = ["id": body, "name": try row.value("name") as String]
            bodyValue["type"] = try row.value("type") as String?
            bodyValue["region"] = try row.value("region") as String?
            var overall: [String: Any] = [
                "completeness": try row.value("completeness") as Double, "answered": try row.value("answered") as Int,
                "inScope": try row.value("in_scope") as Int, "targetsMet": try row.value("targets_met") as Bool, "topicWeights": [String: Double](),
            ]
            overall["score"] = try row.value("overall_score") as Double?
            overall["weakestLink"] = try row.value("weakest_link") as Int?
            overall["band"] = try row.value("band") as String?
            var document: [String: Any] = [
                "schema": Report.currentSchema, "body": bodyValue, "period": period,
                "date": (try row.value("date") as String?) ?? "\(period.prefix(4))-01-01", "overall": overall,
                "topics": try topics(assessment), "recommendations": [Any](), "frameworks": [Any](),
                "unanswered": [Any](), "notApplicable": [Any](), "staleEvidence": [Any](),
                "provenance": [
                    "tool": "cyberassess", "toolVersion": Assessment.toolVersion,
                    "questionnaires": try sources(assessment), "answersSHA256": (row["answers_sha256"] as String?) ?? "",
                ] as [String: Any],
            ]
            document["profile"] = try row.value("profile") as String?
            document["digest"] = try row.value("report_digest") as String?
            return (period, document)
        }
    }

    private func sources(_ assessment: Int64) throws -> [[String: Any]] {
        try Row.fetchAll(db, sql: "SELECT questionnaire, version, sha256 FROM assessment_questionnaires WHERE assessment_id = ?",
                         arguments: [assessment]).map { ["id": $0[0] as String, "version": $0[1] as String, "sha256": $0[2] as String] }
    }

    private func topics(_ assessment: Int64) throws -> [[String: Any]] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT t.questionnaire, t.version, coalesce(q.title, t.questionnaire) AS title, t.topic, coalesce(q.method, 'graded') AS method,
              coalesce(q.scale_max, 5) AS scale_max, t.score, t.weakest_link, t.band, t.target, t.gap, t.completeness, t.targets_met
            FROM topic_scores t LEFT JOIN questionnaires q ON q.id = t.questionnaire
            WHERE t.assessment_id = ? ORDER BY t.position, q.rowid, t.questionnaire
            """, arguments: [assessment])
        let allDomains = try domains(assessment)
        return try rows.map { row in
            let id: String = try row.value("questionnaire")
            var topic: [String: Any] = [
                "id": id, "version": try row.value("version") as String, "title": try row.value("title") as String, "topic": try row.value("topic") as String,
                "method": try row.value("method") as String, "scaleMax": try row.value("scale_max") as Int, "target": try row.value("target") as Double,
                "completeness": try row.value("completeness") as Double, "targetsMet": try row.value("targets_met") as Bool,
                "domains": allDomains[id] ?? [],
            ]
            topic["score"] = try row.value("score") as Double?
            topic["weakestLink"] = try row.value("weakest_link") as Int?
            topic["band"] = try row.value("band") as String?
            topic["gap"] = try row.value("gap") as Double?
            return topic
        }
    }

    /// Domains by questionnaire id.
    private func domains(_ assessment: Int64) throws -> [String: [[String: Any]]] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT d.domain, d.questionnaire, coalesce(c.title, d.domain) AS title, coalesce(c.weight, 1) AS weight, d.score, d.weakest_link,
              d.band, d.target, d.gap, d.met, d.answered, d.in_scope
            FROM domain_scores d LEFT JOIN domains c ON c.id = d.domain
            WHERE d.assessment_id = ? ORDER BY c.rowid, d.domain
            """, arguments: [assessment])
        let allQuestions = try questions(assessment)
        var byTopic: [String: [[String: Any]]] = [:]
        for row in rows {
            let id: String = try row.value("domain")
            var domain: [String: Any] = [
                "id": id, "title": try row.value("title") as String, "weight": try row.value("weight") as Double, "target": try row.value("target") as Int,
                "met": try row.value("met") as Bool, "answered": try row.value("answered") as Int, "inScope": try row.value("in_scope") as Int,
                "questions": allQuestions[id] ?? [],
            ]
            domain["score"] = try row.value("score") as Double?
            domain["weakestLink"] = try row.value("weakest_link") as Int?
            domain["band"] = try row.value("band") as String?
            domain["gap"] = try row.value("gap") as Double?
            byTopic[try row.value("questionnaire"), default: []].append(domain)
        }
        return byTopic
    }

    /// Questions by domain id. The store keeps no question weights, so each reads as 1.
    private func questions(_ assessment: Int64) throws -> [String: [[String: Any]]] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT r.question, r.domain, coalesce(q.text, r.question) AS text, r.status, r.answer, r.level, r.target, r.met
            FROM question_results r LEFT JOIN questions q ON q.id = r.question
            WHERE r.assessment_id = ? ORDER BY q.rowid, r.question
            """, arguments: [assessment])
        var byDomain: [String: [[String: Any]]] = [:]
        for row in rows {
            var question: [String: Any] = [
                "id": try row.value("question") as String, "text": try row.value("text") as String, "weight": 1.0, "status": try row.value("status") as String,
                "target": try row.value("target") as Int, "evidence": [Any](), "references": [Any](),
            ]
            question["answer"] = try row.value("answer") as String?
            question["level"] = try row.value("level") as Int?
            question["met"] = try row.value("met") as Bool?
            byDomain[try row.value("domain"), default: []].append(question)
        }
        return byDomain
    }
}
