import Assessment
/// An independent assurance review set against the self-assessment it reviews: per outcome
/// the self-assessed and reviewed status, whether the reviewer confirmed, raised or lowered
/// it, the indicators they disputed or added, and their comment.
public struct AssuranceReview: Sendable, Codable, Equatable {
    /// The JSON schema name and version of this document.
    public static let currentSchema = "cyberassess.review/1"

    /// An answers file named in the review, with the SHA-256 of its bytes.
    public struct File: Sendable, Codable, Equatable {
        public var file: String
        public var sha256: String
        public var assessor: String?
    }

    /// Counts of the review's findings.
    public struct Summary: Sendable, Codable, Equatable {
        /// Questions the reviewer answered that the self-assessment also covers.
        public var reviewed: Int
        public var confirmed: Int
        public var raised: Int
        public var lowered: Int
        /// Questions answered in the self-assessment that the reviewer did not answer.
        public var notReviewed: Int
    }

    public var schema: String
    public var body: Body
    public var period: String
    /// The critical system reviewed; nil for the organisation.
    public var system: String?
    public var selfAssessment: File
    public var review: File
    public var reviewer: String
    public var organisation: String
    public var outcomes: [ReviewedOutcome]
    public var summary: Summary
}

/// How a reviewer's status compares with the self-assessed one.
public enum ReviewAgreement: String, Sendable, Codable, Equatable, CaseIterable {
    case confirmed, raised, lowered
}

/// One outcome (or question) as self-assessed and as reviewed.
public struct ReviewedOutcome: Sendable, Codable, Equatable {
    public var question: String
    public var text: String
    public var domain: String
    /// `achieved`, `level 3`, `unanswered` ... (see `QuestionResult.statusText`).
    public var selfStatus: String
    public var reviewedStatus: String
    public var selfLevel: Int?
    public var reviewedLevel: Int?
    public var agreement: ReviewAgreement
    /// Indicators the self-assessment agreed and the reviewer did not.
    public var disputed: [String]
    /// Indicators the reviewer agreed and the self-assessment did not.
    public var added: [String]
    /// The reviewer's comment.
    public var comment: String?
}
