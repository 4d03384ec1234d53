import Assessment
/// An independent assurance review set against the self-assessment it reviews: per outcome
/// the self-assessed and reviewed status, whether the reviewer confirmed, raised or lowered
/// it, the indicators they disputed or added, and their comment.
package struct AssuranceReview: Sendable, Codable, Equatable {
    /// The JSON schema name and version of this document.
    package static let currentSchema = "cyberassess.review/1"

    /// An answers file named in the review, with the SHA-256 of its bytes.
    package struct File: Sendable, Codable, Equatable {
        package var file: String
        package var sha256: String
        package var assessor: String?
    }

    /// Counts of the review's findings.
    package struct Summary: Sendable, Codable, Equatable {
        /// Questions the reviewer answered that the self-assessment also covers.
        package var reviewed: Int
        package var confirmed: Int
        package var raised: Int
        package var lowered: Int
        /// Questions answered in the self-assessment that the reviewer did not answer.
        package var notReviewed: Int
    }

    package var schema: String
    package var body: Body
    package var period: String
    /// The critical system reviewed; nil for the organisation.
    package var system: String?
    package var selfAssessment: File
    package var review: File
    package var reviewer: String
    package var organisation: String
    package var outcomes: [ReviewedOutcome]
    package var summary: Summary
}

/// How a reviewer's status compares with the self-assessed one.
package enum ReviewAgreement: String, Sendable, Codable, Equatable, CaseIterable {
    case confirmed, raised, lowered
}

/// One outcome (or question) as self-assessed and as reviewed.
package struct ReviewedOutcome: Sendable, Codable, Equatable {
    package var question: String
    package var text: String
    package var domain: String
    /// `achieved`, `level 3`, `unanswered` ... (see `QuestionResult.statusText`).
    package var selfStatus: String
    package var reviewedStatus: String
    package var selfLevel: Int?
    package var reviewedLevel: Int?
    package var agreement: ReviewAgreement
    /// Indicators the self-assessment agreed and the reviewer did not.
    package var disputed: [String]
    /// Indicators the reviewer agreed and the self-assessment did not.
    package var added: [String]
    /// The reviewer's comment.
    package var comment: String?
}
