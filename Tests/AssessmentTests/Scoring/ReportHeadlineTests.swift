import TestSupport
import Testing
@testable import Assessment
import Audit

/// The headline figures that replace the overall weakest link, the draft mark, and the
/// library's topic order, over the fixtures in Fixtures/library and Fixtures/answers.yaml.
@Suite struct ReportHeadlineTests {
    let library: Library
    let scorer: Scorer

    init() throws {
        library = try Library.loadStrict(directory: Repository.fixtures + "/library")
        scorer = Scorer(library: library)
    }

    func answers() throws -> AnswersFile {
        try Scorer.decodeAnswers(SourceFile.read(Repository.fixtures + "/answers.yaml"))
    }

    // Answered at level 0: O-1 (a Not-achieved indicator agreed) and O-4 (neither column
    // complete). G-6 is unanswered: it counts as 0 in the score but not here; G-3 and P-5 are N/A.
    // The overall weakest link is 0, as it is for nearly every body; these figures are not.
    // Weakest domain: G-D2 at 0.67 of 5 (0.13 of its scale), below O-D1 (2 of 5) and C-D1.
    @Test func levelZeroAnswersAndWeakestDomain() throws {
        let report = try scorer.score(file: Repository.fixtures + "/answers.yaml")
        #expect(report.overall.weakestLink == 0)
        #expect(report.overall.levelZeroQuestions == 2)
        #expect(report.overall.weakestDomain == WeakestDomain(topic: "graded-test", id: "G-D2", title: report.topics.first { $0.id == "graded-test" }?.domains[1].title ?? "", score: 0.67, scaleMax: 5))
        #expect(report.overall.draft == false)
        #expect(report.levelZeroQuestions == 2)
        #expect(ReportSummary(report).overall.levelZeroQuestions == 2)
    }

    // Raising O-1 and O-4 to Achieved leaves no answer at level 0; the weakest domain is still G-D2.
    @Test func levelZeroCountFollowsTheAnswers() throws {
        var answers = try answers()
        let achieved = try #require(answers.answers.first { $0.questionID == "O-2" }).choice
        for id in ["O-1", "O-4"] {
            let i = try #require(answers.answers.firstIndex { $0.questionID == id })
            answers.answers[i].choice = achieved
        }
        let report = try scorer.score(answers, file: "x", answersSHA256: "")
        #expect(report.overall.levelZeroQuestions == 0)
        #expect(report.overall.weakestDomain?.id == "G-D2")
    }

    // 13 of 14 answered (92.86 %) is final; without G-1, G-2 and G-5, 10 of 14 (71.43 %) is a draft.
    @Test func belowEightyPerCentAnsweredIsADraft() throws {
        var answers = try answers()
        answers.answers.removeAll { ["G-1", "G-2", "G-5"].contains($0.questionID) }
        let report = try scorer.score(answers, file: "x", answersSHA256: "")
        #expect(report.overall.completeness == 71.43)
        #expect(report.overall.draft == true)
        #expect(report.isDraft)
        // G-D1 (G-1, G-2 gone) now has only N/A and excluded questions: no score. G-D2 has
        // only G-6 (unanswered) left, so it scores 0 from nothing answered and is passed over
        // for the weakest domain, which is O-D1 at 2 of 5.
        #expect(report.topics.first { $0.id == "graded-test" }?.domains[1].score == 0)
        #expect(report.overall.weakestDomain?.id == "O-D1")
        #expect(Report.draftCompletenessThreshold == 80)
        #expect(!Report.isDraft(completeness: 80))
        #expect(Report.isDraft(completeness: 79.99))
    }

    // The answers file lists graded, cumulative, outcome; the report follows the library.
    @Test func topicsFollowTheLibraryOrder() throws {
        var answers = try answers()
        answers.questionnaires.reverse()
        let report = try scorer.score(answers, file: "x", answersSHA256: "")
        #expect(report.topics.map(\.id) == library.questionnaires.map(\.id))
        #expect(report.topics.map(\.id) == ["cumulative-test", "graded-test", "outcome-test"])
        let summary = try scorer.summarise(answers, file: "x")
        #expect(summary.topics.map(\.id) == ["cumulative-test", "graded-test", "outcome-test"])
    }

    // A report from before the headline fields, with its topics in the answers file's order,
    // still verifies: the verifier scores again in the report's own order and leaves out the
    // figures the report does not have.
    @Test func olderReportWithoutTheFiguresStillVerifies() throws {
        let path = Repository.fixtures + "/answers.yaml"
        let source = try SourceFile.read(path)
        var options = ScoringOptions()
        options.topicOrder = ["graded-test", "cumulative-test", "outcome-test"]
        var old = try scorer.unsealedReport(try answers(), file: path, answersSHA256: source.sha256, options: options)
        old.overall.levelZeroQuestions = nil
        old.overall.weakestDomain = nil
        old.overall.draft = nil
        old = try old.sealed()
        let verifier = ReportVerifier(library: library, libraryPath: Repository.fixtures + "/library")
        let result = try verifier.verify(old, reportPath: "old.json", answersPath: path)
        #expect(result.findings == [])
        #expect(old.levelZeroQuestions == 2)
        #expect(old.weakestDomain?.id == "G-D2")
        #expect(!old.isDraft)
    }
}
