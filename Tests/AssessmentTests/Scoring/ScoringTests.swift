import TestSupport
import Testing
@testable import Assessment

/// Hand-computed examples over the fixtures in Fixtures/library and Fixtures/answers.yaml.
@Suite struct ScoringTests {
    let library: Library
    let report: Report

    init() throws {
        library = try Library.loadStrict(directory: Repository.fixtures + "/library")
        report = try Scorer(library: library).score(file: Repository.fixtures + "/answers.yaml")
    }

    func topic(_ id: String) throws -> TopicResult { try #require(report.topics.first { $0.id == id }) }
    func domain(_ topic: String, _ id: String) throws -> DomainResult { try #require(try self.topic(topic).domains.first { $0.id == id }) }
    func question(_ topic: String, _ domain: String, _ id: String) throws -> QuestionResult {
        try #require(try self.domain(topic, domain).questions.first { $0.id == id })
    }

    // G-D1: G-1 level 3 (w3), G-2 level 5 (w1); G-3 N/A and G-4 excluded (G-1 is not "high").
    // (3×3 + 5×1) / 4 = 3.5; weakest link 3; target 3 so met, gap −0.5.
    @Test func gradedDomainIsWeightedMeanLeavingOutNAAndAppliesIf() throws {
        let d = try domain("graded-test", "G-D1")
        #expect(d.score == 3.5)
        #expect(d.weakestLink == 3)
        #expect(d.target == 3)
        #expect(d.gap == -0.5)
        #expect(d.met)
        #expect(d.band == "High")
        #expect(try question("graded-test", "G-D1", "G-3").status == .notApplicable)
        #expect(try question("graded-test", "G-D1", "G-4").status == .excluded)
        #expect(try question("graded-test", "G-D1", "G-4").level == nil)
    }

    // G-D2: G-5 level 1 (w2), G-6 unanswered = 0 (w1): 2/3 = 0.67; weakest 0; gap 2.33.
    @Test func unansweredCountsAsZeroAndIsListed() throws {
        let d = try domain("graded-test", "G-D2")
        #expect(d.score == 0.67)
        #expect(d.weakestLink == 0)
        #expect(d.gap == 2.33)
        #expect(!d.met)
        #expect(d.band == "Low")
        #expect(report.unanswered.map(\.id) == ["G-6"])
        #expect(try question("graded-test", "G-D2", "G-6").status == .unanswered)
    }

    // Topic: (3.5×2 + 0.667×1) / 3 = 2.56; in scope G-1,2,3,5,6 = 5, answered 4 → 80 %.
    @Test func topicIsWeightedMeanOfDomains() throws {
        let t = try topic("graded-test")
        #expect(t.score == 2.56)
        #expect(t.weakestLink == 0)
        #expect(t.target == 3)
        #expect(t.gap == 0.44)
        #expect(t.completeness == 80)
        #expect(t.band == "Middle")
        #expect(!t.targetsMet)
    }

    // Levels 1 (P-1 met, P-2 largely) and 2 (P-3 met; P-5 N/A) are complete; P-4 at level 3 is
    // only partly met, so the domain reaches level 2.
    @Test func cumulativeDomainReachesHighestCompleteLevel() throws {
        let d = try domain("cumulative-test", "C-D1")
        #expect(d.score == 2)
        #expect(d.weakestLink == 2)
        #expect(d.gap == 1)
        #expect(try question("cumulative-test", "C-D1", "P-4").level == 2)
        #expect(try question("cumulative-test", "C-D1", "P-2").level == 1)
    }

    @Test func cumulativeStopsAtFirstIncompleteLevelEvenIfHigherPracticesAreMet() throws {
        var answers = try Scorer.decodeAnswers(SourceFile.read(Repository.fixtures + "/answers.yaml"))
        let i = try #require(answers.answers.firstIndex { $0.questionID == "P-3" })
        answers.answers[i].choice = .option("partly")
        let j = try #require(answers.answers.firstIndex { $0.questionID == "P-4" })
        answers.answers[j].choice = .option("met")
        let report = try Scorer(library: library).score(answers, file: "x", answersSHA256: "")
        #expect(report.topics.first { $0.id == "cumulative-test" }?.domains[0].score == 1)
    }

    // O-1: all Achieved plus one Not-achieved agreed → Not achieved (0); O-2 → Achieved (5);
    // O-3 → Partially achieved (3); O-4: neither column complete → Not achieved (0). Mean 2.
    @Test func outcomeStatusesAndDomainScore() throws {
        let d = try domain("outcome-test", "O-D1")
        let statuses = d.questions.map { $0.outcome?.status }
        #expect(statuses == [.notAchieved, .achieved, .partiallyAchieved, .notAchieved])
        #expect(d.questions.map(\.outcome?.decidedBy) == [
            "Not-achieved indicator agreed: NA1",
            "all Achieved indicators agreed",
            "all Partially-achieved indicators agreed",
            "not all Achieved indicators agreed and not all Partially-achieved indicators agreed",
        ])
        #expect(d.score == 2)
        #expect(d.weakestLink == 0)
        #expect(!d.met)
        #expect(d.questions.map(\.met) == [false, true, true, false])
    }

    // Overall = mean of topics (2.5556 + 2 + 2) / 3 = 2.19; weakest link is the lowest topic's.
    @Test func overallIsMeanOfTopics() {
        #expect(report.overall.score == 2.19)
        #expect(report.overall.weakestLink == 0)
        #expect(report.overall.inScope == 14)
        #expect(report.overall.answered == 13)
        #expect(report.overall.completeness == 92.86)
        #expect(report.overall.band == nil)  // the topics' bands differ
    }

    @Test func topicWeightsChangeTheOverallScore() throws {
        let weighted = try Scorer(library: library).score(file: Repository.fixtures + "/answers.yaml", options: ScoringOptions(topicWeights: ["graded-test": 2]))
        // (2.5556×2 + 2 + 2) / 4 = 2.28
        #expect(weighted.overall.score == 2.28)
    }

    // Graded: G-5 2×1×(3−1) = 4, G-6 1×1×(3−0) = 3; outcome: O-1 and O-4 1×1×(3−0) = 3;
    // cumulative: P-4 1×1×(3−3+1) = 1. Ties at 3 break by question id.
    @Test func recommendationsAreRankedByPriorityThenId() {
        #expect(report.recommendations.map(\.question) == ["G-5", "G-6", "O-1", "O-4", "P-4"])
        #expect(report.recommendations.map(\.priority) == [4, 3, 3, 3, 1])
        #expect(report.recommendations.map(\.rank) == [1, 2, 3, 4, 5])
        #expect(report.recommendations[0].text == "Improve G-5.")
        #expect(report.recommendations[0].references == ["test-fw:Y.1"])
        #expect(report.recommendations[0].evidence == ["A log"])
    }

    @Test func namedProfileRaisesTargets() throws {
        let enhanced = try Scorer(library: library).score(file: Repository.fixtures + "/answers.yaml", options: ScoringOptions(profileName: "enhanced"))
        #expect(enhanced.profile == "enhanced")
        let d2 = try #require(enhanced.topics.first { $0.id == "graded-test" }?.domains.first { $0.id == "G-D2" })
        #expect(d2.target == 4)
        #expect(d2.gap == 3.33)
        // Topic target: (3×2 + 4×1) / 3 = 3.33
        #expect(enhanced.topics.first { $0.id == "graded-test" }?.target == 3.33)
        let o3 = try #require(enhanced.topics[2].domains[0].questions.first { $0.id == "O-3" })
        #expect(o3.outcome?.required == .achieved)
        #expect(o3.met == false)
        #expect(enhanced.recommendations.map(\.question).contains("O-3"))
    }

    @Test func unknownProfileIsRefused() {
        #expect(throws: AssessmentError.unknownProfile("gold", available: ["enhanced"])) {
            try Scorer(library: library).score(file: Repository.fixtures + "/answers.yaml", options: ScoringOptions(profileName: "gold"))
        }
    }

    @Test func staleEvidenceIsFlaggedAgainstTheCutoff() {
        #expect(report.staleEvidence == [StaleEvidence(question: "G-5", title: "Old log", date: Day(year: 2025, month: 9, day: 30), cutoff: Day(year: 2025, month: 10, day: 1))])
    }

    @Test func frameworkViewsGroupByTopLevelGroup() throws {
        let view = try #require(report.frameworks.first)
        #expect(view.framework == "test-fw")
        #expect(view.groups.map(\.id) == ["X", "Y"])
        #expect(view.groups.map(\.questions) == [2, 2])
        #expect(view.groups.map(\.meeting) == [2, 1])
        #expect(view.groups.map(\.meanLevel) == [4, 3])
    }

    @Test func reportIsDeterministicAndSealed() throws {
        let again = try Scorer(library: library).score(file: Repository.fixtures + "/answers.yaml")
        #expect(try again.canonicalJSON() == report.canonicalJSON())
        #expect(report.digest == (try report.computeDigest()))
        #expect(report.schema == "cyberassess.report/1")
        #expect(report.provenance.questionnaires.map(\.id) == ["graded-test", "cumulative-test", "outcome-test"])
        #expect(report.provenance.answersSHA256.count == 64)
        var tampered = report
        tampered.topics[0].score = 4
        #expect(try tampered.computeDigest() != report.digest)
    }

    @Test func timestampStaysOutOfTheDigest() throws {
        let stamped = try Scorer(library: library).score(file: Repository.fixtures + "/answers.yaml", options: ScoringOptions(generatedAt: "2026-11-28T10:00:00Z"))
        #expect(stamped.digest == report.digest)
        #expect(stamped.provenance.generatedAt == "2026-11-28T10:00:00Z")
    }
}
