import Foundation
import TestSupport
import Testing
@testable import Assessment
@testable import Audit

/// Comparing two reports: year on year with the bundled library, and across a questionnaire
/// version change with a tiny questionnaire written in a temporary folder.
@Suite struct ComparisonTests {
    /// The demo council's report, and the same council a year later with backups gone
    /// (RES-REC-01 `critical` → `none`, new comment) and one evidence title renamed.
    static func yearOnYear() throws -> (old: Report, new: Report) {
        let library = try Library.loadStrict(directory: Repository.questionnaires)
        let old = try Scorer(library: library).score(file: Repository.demoAnswers)
        var text = try String(contentsOfFile: Repository.demoAnswers, encoding: .utf8)
        text = try AuditFixtures.replace("""
                answer: critical
                comment: "Microsoft 365 has been backed up with a third-party service since April 2026."
            """, with: """
                answer: none
                comment: "The backup contract lapsed in May."
            """, in: text)
        text = try AuditFixtures.replace("title: CMT minutes with cyber report,", with: "title: CMT minutes 2026,", in: text)
        return try withTemporaryDirectory { temporary in
            let file = temporary + "/answers.yaml"
            try text.write(toFile: file, atomically: true, encoding: .utf8)
            return (old, try Scorer(library: library).score(file: file))
        }
    }

    @Test func yearOnYearRegressionNamesTheDomain() throws {
        let (old, new) = try Self.yearOnYear()
        let c = Comparison(old: old, new: new, oldSource: "old.json", newSource: "new.yaml")
        #expect(c.regressions.map(\.description) == [
            "cyber-resilience (Cyber resilience): topic score 2.29 → 2.19",
            "cyber-resilience (Cyber resilience): topic weakest link 1 → 0",
            "RES-REC (Backups and recovery): domain score 1.38 → 0.81",
            "RES-REC (Backups and recovery): domain weakest link 1 → 0",
        ])
        #expect(c.regressions[2].kind == .domainScore)
        #expect(c.regressions[2].domain == "RES-REC")
        #expect(c.comparability == Comparison.Comparability(common: 171, onlyOld: 0, onlyNew: 0, share: 1, threshold: 0.8, weak: false, versionChanges: []))
        #expect(c.overall.delta == -0.03)
        let rec = try #require(c.topics.first { $0.id == "cyber-resilience" }?.domains.first { $0.id == "RES-REC" })
        #expect(rec.change.delta == -0.57)
        #expect(rec.likeForLike)
    }

    @Test func changedAnswerKeepsBothComments() throws {
        let (old, new) = try Self.yearOnYear()
        let c = Comparison(old: old, new: new, oldSource: "old.json", newSource: "new.yaml")
        #expect(c.changedQuestions.count == 1)
        let q = try #require(c.changedQuestions.first)
        #expect(q.id == "RES-REC-01")
        #expect(q.domain == "RES-REC")
        #expect(q.old.answer == "critical")
        #expect(q.new.answer == "none")
        #expect(q.levelDelta == -3)
        #expect(q.old.comment == "Microsoft 365 has been backed up with a third-party service since April 2026.")
        #expect(q.new.comment == "The backup contract lapsed in May.")
        #expect(c.newRecommendations.map(\.question) == ["RES-REC-01"])
        #expect(c.newRecommendations.first?.questionInBoth == true)
        #expect(c.resolvedRecommendations == [])
        #expect(c.evidenceChanges == [
            Comparison.EvidenceChange(question: "RES-GOV-01", topic: "cyber-resilience", domain: "RES-GOV", added: ["CMT minutes 2026"], removed: ["CMT minutes with cyber report"]),
        ])
    }

    @Test func improvementResolvesTheRecommendationWithoutRegressions() throws {
        let (old, new) = try Self.yearOnYear()
        let c = Comparison(old: new, new: old, oldSource: "a", newSource: "b")
        #expect(c.regressions == [])
        #expect(c.resolvedRecommendations.map(\.question) == ["RES-REC-01"])
        #expect(c.newRecommendations == [])
        #expect(c.changedQuestions.first?.levelDelta == 3)
    }

    @Test func sameReportHasNoChanges() throws {
        let (old, _) = try Self.yearOnYear()
        let c = Comparison(old: old, new: old, oldSource: "a", newSource: "a")
        #expect(c.regressions == [])
        #expect(c.changedQuestions == [])
        #expect(c.addedQuestions == [] && c.removedQuestions == [])
        #expect(c.evidenceChanges == [])
        #expect(c.topics.allSatisfy { $0.change.delta == 0 && $0.likeForLike })
    }

    @Test func questionnaireVersionChangeListsAddedAndRemovedWithoutRegressions() throws {
        let (old, new) = try AuditFixtures.reports(newAnswers: AuditFixtures.answersV2)
        let c = Comparison(old: old, new: new, oldSource: "v1.json", newSource: "v2.json")
        #expect(c.addedQuestions.map(\.id) == ["MIN-A-04"])
        #expect(c.removedQuestions.map(\.id) == ["MIN-A-03"])
        #expect(c.regressions == [])
        #expect(c.comparability == Comparison.Comparability(common: 3, onlyOld: 1, onlyNew: 1, share: 0.6, threshold: 0.8, weak: true, versionChanges: ["mini 1.0.0 → 2.0.0"]))
        let topic = try #require(c.topics.first)
        #expect(!topic.likeForLike)
        #expect(topic.change.delta == -0.5)
        let a = try #require(topic.domains.first { $0.id == "MIN-A" })
        #expect(a.change.oldScore == 2.33 && a.change.newScore == 1.33)
        #expect(!a.likeForLike)
        #expect(a.questionsAdded == ["MIN-A-04"] && a.questionsRemoved == ["MIN-A-03"])
        #expect(c.domainDrops(exceeding: 0) .isEmpty)
        #expect(c.changedQuestions == [])
        // The new question's recommendation came with the question.
        #expect(c.newRecommendations.map(\.question) == ["MIN-A-04"])
        #expect(c.newRecommendations.first?.questionInBoth == false)
    }

    @Test func sharedQuestionDownInAChangedDomainIsARegression() throws {
        let answers = AuditFixtures.answersV2.replacingOccurrences(of: "MIN-A-02: some", with: "MIN-A-02: none")
        let (old, new) = try AuditFixtures.reports(newAnswers: answers)
        let c = Comparison(old: old, new: new, oldSource: "v1.json", newSource: "v2.json")
        #expect(c.regressions.map(\.description) == ["MIN-A (Alpha): question MIN-A-02 level 1 → 0"])
    }

    @Test func domainDropsExceedingAThreshold() throws {
        let (old, new) = try Self.yearOnYear()
        let c = Comparison(old: old, new: new, oldSource: "a", newSource: "b")
        #expect(c.domainDrops(exceeding: 0.5).map(\.domain.id) == ["RES-REC"])
        #expect(c.domainDrops(exceeding: 0.57).isEmpty)
    }

    @Test func inputsAreToldApartByContent() throws {
        #expect(Report.isJSON(Array("\u{FEFF}\n  {\"schema\": 1}".utf8)))
        #expect(!Report.isJSON(Array("body: {id: x}\n".utf8)))
        #expect(!Report.isJSON([]))
        let library = try Library.loadStrict(directory: Repository.questionnaires)
        let fromYAML = try Report.read(Repository.demoAnswers, scoringWith: { () throws(AssessmentError) in library })
        try withTemporaryDirectory { temporary in
            let json = temporary + "/report.json"
            try Data(fromYAML.canonicalJSON()).write(to: URL(fileURLWithPath: json))
            let fromJSON = try Report.read(json, scoringWith: { () throws(AssessmentError) -> Library in
                Issue.record("a JSON report must not need the library")
                return library
            })
            #expect(fromJSON == fromYAML)
        }
    }
}

/// Fixtures for the audit tests: temporary folders, text edits, and a tiny graded
/// questionnaire in two versions (2.0.0 drops MIN-A-03 and adds MIN-A-04).
enum AuditFixtures {
    /// `text` with `target` replaced, failing when `target` is not in it.
    static func replace(_ target: String, with replacement: String, in text: String) throws -> String {
        try #require(text.contains(target), "fixture text not found: \(target)")
        return text.replacingOccurrences(of: target, with: replacement)
    }

    static func questionnaire(version: String, alpha: [String]) -> String {
        let options = "[{value: none, label: None, level: 0}, {value: some, label: Some, level: 1}, {value: full, label: Full, level: 3}]"
        func question(_ id: String) -> String {
            """
                  - id: \(id)
                    text: Is \(id) in place?
                    answers: \(options)
                    recommendation: Put \(id) in place.

            """
        }
        return """
            id: mini
            version: \(version)
            title: Mini
            topic: resilience
            scale: [{level: 0, name: None}, {level: 1, name: Some}, {level: 2, name: Most}, {level: 3, name: All}]
            target: 1
            domains:
              - id: MIN-A
                title: Alpha
                questions:

            """ + alpha.map(question).joined() + """
              - id: MIN-B
                title: Beta
                questions:

            """ + question("MIN-B-01")
    }

    static let answersV1 = """
        body: {id: E1, name: Test Council}
        period: 2025-26
        date: 2025-10-01
        questionnaires: {mini: 1.0.0}
        answers:
          MIN-A-01: full
          MIN-A-02: some
          MIN-A-03: full
          MIN-B-01: some

        """

    static let answersV2 = """
        body: {id: E1, name: Test Council}
        period: 2026-27
        date: 2026-10-01
        questionnaires: {mini: 2.0.0}
        answers:
          MIN-A-01: full
          MIN-A-02: some
          MIN-A-04: none
          MIN-B-01: some

        """

    /// Writes both versions and scores v1 answers with v1 and `newAnswers` with v2.
    static func reports(newAnswers: String) throws -> (Report, Report) {
        return try withTemporaryDirectory { root in
            var reports: [Report] = []
            for (version, alpha, answers) in [("1.0.0", ["MIN-A-01", "MIN-A-02", "MIN-A-03"], answersV1), ("2.0.0", ["MIN-A-01", "MIN-A-02", "MIN-A-04"], newAnswers)] {
                let dir = root + "/v" + version
                try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
                try questionnaire(version: version, alpha: alpha).write(toFile: dir + "/mini.yaml", atomically: true, encoding: .utf8)
                try answers.write(toFile: dir + "-answers.yaml", atomically: true, encoding: .utf8)
                let library = try Library.loadStrict(directory: dir)
                reports.append(try Scorer(library: library).score(file: dir + "-answers.yaml"))
            }
            return (reports[0], reports[1])
        }
    }
}
