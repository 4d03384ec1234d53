import Foundation
import TestSupport
import Testing
@testable import Assessment
@testable import Audit

/// An independent assurance review set against the self-assessment it names.
@Suite struct ReviewTests {
    static let scorer = Scorer(library: try! Library.loadStrict(directory: Repository.questionnaires))

    static let selfAssessment = """
        body: {id: E1, name: Council}
        period: 2026-27
        date: 2026-10-01
        questionnaires: {security-information-ecosystem: 3.0.0}
        answers:
          ECO-THR-01: {agreed: [PA1, PA2]}
          ECO-THR-02: {agreed: [PA1, PA2, A1, A2, A3]}
          ECO-THR-03: {agreed: [PA1]}
          ECO-THR-04: {agreed: [PA1]}

        """

    static func review(of sha: String) -> String {
        """
        body: {id: E1, name: Council}
        period: 2026-27
        date: 2026-11-01
        questionnaires: {security-information-ecosystem: 3.0.0}
        review: {of: self.yaml, sha256: \(sha), reviewer: Jo Bloggs, organisation: Internal Audit}
        answers:
          ECO-THR-01: {agreed: [PA1, PA2], comment: Seen the source list.}
          ECO-THR-02:
            agreed: [PA1, PA2, A1]
            comment: No evidence of sharing with partners.
          ECO-THR-03: {agreed: [PA1, PA2]}
          ECO-THR-04: {agreed: [PA1]}

        """
    }

    static func member(_ yaml: String, file: String) throws -> ScopeMember {
        try ScopeSetTests.member(yaml, file: file)
    }

    @Test func agreementIsCountedPerOutcome() throws {
        let mine = try Self.member(Self.selfAssessment, file: "self.yaml")
        let theirs = try Self.member(Self.review(of: mine.sha256), file: "review.yaml")
        try ReviewBuilder.check(theirs, of: mine)
        let review = try ReviewBuilder.make(theirs, of: mine, scorer: Self.scorer)
        #expect(review.summary == .init(reviewed: 4, confirmed: 2, raised: 1, lowered: 1, notReviewed: 0))
        #expect(review.reviewer == "Jo Bloggs")
        #expect(review.organisation == "Internal Audit")
        let lowered = try #require(review.outcomes.first { $0.question == "ECO-THR-02" })
        #expect(lowered.selfStatus == "achieved")
        #expect(lowered.reviewedStatus == "partially-achieved")
        #expect(lowered.agreement == .lowered)
        #expect(lowered.disputed == ["A2", "A3"])
        #expect(lowered.comment == "No evidence of sharing with partners.")
        let raised = try #require(review.outcomes.first { $0.question == "ECO-THR-03" })
        #expect(raised.agreement == .raised)
        #expect(raised.added == ["PA2"])
    }

    @Test func aReviewOfAnotherVersionOfTheFileIsRefused() throws {
        let mine = try Self.member(Self.selfAssessment, file: "self.yaml")
        let theirs = try Self.member(Self.review(of: String(repeating: "0", count: 64)), file: "review.yaml")
        let error = #expect(throws: ScopeError.self) { try ReviewBuilder.check(theirs, of: mine) }
        #expect(error?.problems.map(\.description).first?.hasPrefix("review.yaml:5:33: review.sha256: the review is of a file whose SHA-256 is 0000") == true, "\(error?.problems ?? [])")
    }

    @Test func aFileNotMarkedAsAReviewIsRefused() throws {
        let mine = try Self.member(Self.selfAssessment, file: "self.yaml")
        let error = #expect(throws: ScopeError.self) { try ReviewBuilder.check(mine, of: mine) }
        #expect(error?.problems.first?.description.hasPrefix("self.yaml:1:1: not marked as a review") == true)
    }

    @Test func aCycleReportSaysWhichStatusesWereAssured() throws {
        let dir = Repository.reportExamples + "/cycle"
        let report = try Self.scorer.cycleReport(CycleRequest(answersPaths: [dir + "/council.yaml", dir + "/revenues.yaml"], reviewPaths: [dir + "/council.review.yaml"]))
        #expect(report.reviews.count == 1)
        #expect(report.scopes.map(\.assuredBy) == ["Morgan Lee, Internal Audit Partnership", nil])
        let assured = report.outcomes.compactMap { $0.cells[0].assurance }
        #expect(assured.count == report.reviews[0].summary.reviewed)
        #expect(report.outcomes.allSatisfy { $0.cells[1].assurance == nil })
    }
}
