import TestSupport
import Testing
@testable import Assessment
import Audit

/// The questionnaires shipped in `questionnaires/` are valid and complete.
@Suite struct BundledLibraryTests {
    @Test func validateIsCleanOnTheWholeFolder() {
        let (problems, files) = Validation.run(paths: [Repository.questionnaires], fallbackLibrary: { () throws(AssessmentError) in Library() })
        #expect(problems.map(\.description) == [])
        #expect(files >= 9)
    }

    @Test func fourTopicsEachWithEnoughContent() throws {
        let library = try Library.loadStrict(directory: Repository.questionnaires)
        #expect(Set(library.questionnaires.map(\.topic)) == ["resilience", "ecosystem", "analytics", "assurance"])
        #expect(Set(library.questionnaires.map(\.scoring)) == [.graded, .cumulative, .outcome])
        for q in library.questionnaires {
            #expect((5...8).contains(q.domains.count), "\(q.id) has \(q.domains.count) domains")
            #expect(q.questions.count >= 30, "\(q.id) has \(q.questions.count) questions")
            for question in q.questions {
                #expect(!question.references.isEmpty, "\(question.id) has no framework reference")
                #expect(question.recommendation != nil, "\(question.id) has no recommendation")
                #expect(!question.evidence.isEmpty, "\(question.id) lists no evidence")
                if q.scoring == .graded { #expect((3...6).contains(question.answers.count), "\(question.id) has \(question.answers.count) options") }
            }
        }
    }

    @Test func demoCouncilScores() throws {
        let library = try Library.loadStrict(directory: Repository.questionnaires)
        let report = try Scorer(library: library).score(file: Repository.demoAnswers)
        #expect(report.topics.count == 4)
        #expect(report.overall.completeness == 100)
        #expect(report.unanswered.isEmpty)
        #expect(report.notApplicable.count == 4)
        #expect(report.staleEvidence.count == 5)
        #expect(report.overall.score != nil)
    }
}
