import Assessment
import CyberYAML

/// Sets a reviewer's answers file against the self-assessment it names.
package enum ReviewBuilder {
    /// Checks that `review` is marked as a review of exactly the bytes of `selfAssessment`
    /// (by SHA-256), and that both are for the same body, period, scope and versions.
    package static func check(_ review: ScopeMember, of selfAssessment: ScopeMember) throws(ScopeError) {
        guard let header = review.answers.review else {
            throw ScopeError(file: review.file, mark: Mark(line: 1, column: 1), "not marked as a review: add 'review: {of: FILE, sha256: SHA-256 OF FILE, reviewer: NAME, organisation: ORGANISATION}' naming the self-assessment it reviews")
        }
        if selfAssessment.answers.review != nil {
            throw ScopeError(file: selfAssessment.file, mark: Mark(line: 1, column: 1), "this file is itself a review; give the self-assessment first and the review second")
        }
        var problems = ScopeRules.sameAssessment(review, as: selfAssessment)
        if header.sha256.lowercased() != selfAssessment.sha256 {
            problems.append(Problem(file: review.file, mark: header.sha256Mark, message: "review.sha256: the review is of a file whose SHA-256 is \(header.sha256), but \(selfAssessment.file) has SHA-256 \(selfAssessment.sha256); the self-assessment changed after it was reviewed (review it again, or compare with the version reviewed)"))
        }
        if review.answers.system != selfAssessment.answers.system {
            problems.append(Problem(file: review.file, mark: review.systemMark, message: "system: the review is of \(review.scopeName), but \(selfAssessment.file) assesses \(selfAssessment.scopeName)"))
        }
        guard problems.isEmpty else { throw ScopeError(problems) }
    }

    /// Scores both files and compares every question the reviewer answered. Call `check` first.
    package static func make(_ review: ScopeMember, of selfAssessment: ScopeMember, scorer: Scorer, options: ScoringOptions = ScoringOptions()) throws(AssessmentError) -> AssuranceReview {
        let selfReport = try scorer.score(selfAssessment.answers, file: selfAssessment.file, answersSHA256: selfAssessment.sha256, options: options)
        let reviewReport = try scorer.score(review.answers, file: review.file, answersSHA256: review.sha256, options: options)
        return compare(selfReport, reviewReport, review: review, of: selfAssessment)
    }

    /// The comparison of two scored reports.
    package static func compare(_ selfReport: Report, _ reviewReport: Report, review: ScopeMember, of selfAssessment: ScopeMember) -> AssuranceReview {
        var selfResults: [String: QuestionResult] = [:]
        for entry in selfReport.questionResults { selfResults[entry.question.id] = entry.question }
        var outcomes: [ReviewedOutcome] = []
        var reviewed: Set<String> = []
        for (_, domain, theirs) in reviewReport.questionResults where theirs.status != .unanswered && theirs.status != .excluded {
            guard let ours = selfResults[theirs.id] else { continue }
            reviewed.insert(theirs.id)
            let mine = Set(ours.outcome?.agreed ?? []), yours = Set(theirs.outcome?.agreed ?? [])
            outcomes.append(ReviewedOutcome(
                question: theirs.id, text: theirs.text, domain: domain,
                selfStatus: ours.statusText, reviewedStatus: theirs.statusText,
                selfLevel: ours.level, reviewedLevel: theirs.level,
                agreement: agreement(ours.level, theirs.level),
                disputed: (ours.outcome?.agreed ?? []).filter { !yours.contains($0) },
                added: (theirs.outcome?.agreed ?? []).filter { !mine.contains($0) },
                comment: theirs.comment))
        }
        let notReviewed = selfReport.questionResults.filter { $0.question.status == .answered && !reviewed.contains($0.question.id) }.count
        let header = review.answers.review
        return AssuranceReview(
            schema: AssuranceReview.currentSchema, body: selfReport.body, period: selfReport.period,
            system: selfAssessment.answers.system,
            selfAssessment: .init(file: selfAssessment.file, sha256: selfAssessment.sha256, assessor: selfAssessment.answers.assessor),
            review: .init(file: review.file, sha256: review.sha256, assessor: review.answers.assessor),
            reviewer: header?.reviewer ?? "", organisation: header?.organisation ?? "",
            outcomes: outcomes,
            summary: .init(
                reviewed: outcomes.count,
                confirmed: outcomes.filter { $0.agreement == .confirmed }.count,
                raised: outcomes.filter { $0.agreement == .raised }.count,
                lowered: outcomes.filter { $0.agreement == .lowered }.count,
                notReviewed: notReviewed))
    }

    /// Same level: confirmed; higher: raised; lower: lowered. A level the reviewer leaves out
    /// (not applicable) against one the self-assessment gave counts as lowered, and the reverse as raised.
    package static func agreement(_ mine: Int?, _ theirs: Int?) -> ReviewAgreement {
        switch (mine, theirs) {
        case let (a?, b?): a == b ? .confirmed : (b > a ? .raised : .lowered)
        case (nil, nil): .confirmed
        case (nil, _?): .raised
        case (_?, nil): .lowered
        }
    }
}
