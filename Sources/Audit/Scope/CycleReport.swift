import Assessment
/// One report for a body's whole assessment: the organisation's results, each critical
/// system's, the outcome × scope table, "profile met" per scope, and, when given, what
/// independent reviews and the improvement plan say about them.
package struct CycleReport: Sendable, Codable, Equatable {
    /// The JSON schema name and version of this report format.
    package static let currentSchema = "cyberassess.cycle-report/1"

    package var schema: String
    package var body: Body
    package var period: String
    /// The target profile the targets came from, if one was chosen.
    package var profile: String?
    /// The organisation's own report.
    package var organisation: Report
    /// Each critical system's report, in the order the files were given.
    package var systems: [SystemReport]
    /// The organisation and each system at a glance.
    package var scopes: [ScopeStanding]
    /// Every question any critical system is assessed on, with each scope's status.
    package var outcomes: [OutcomeRow]
    /// Independent assurance reviews of any scope.
    package var reviews: [AssuranceReview]
    /// What the improvement plan says, when one was given.
    package var plan: PlanFindings?
}

/// A critical system and its report.
package struct SystemReport: Sendable, Codable, Equatable {
    package var system: CriticalSystem
    package var report: Report
}

/// One scope's headline: its score and whether it meets its profile.
package struct ScopeStanding: Sendable, Codable, Equatable {
    /// `organisation`, or the system's id.
    package var scope: String
    package var name: String
    package var score: Double?
    /// Whether every outcome and domain meets its target (the chosen profile).
    package var profileMet: Bool
    /// Questions below their target.
    package var belowTarget: Int
    /// The reviewer's organisation, when a review covers the scope.
    package var assuredBy: String?
}

/// One question across scopes.
package struct OutcomeRow: Sendable, Codable, Equatable {
    package var question: String
    package var text: String
    package var domain: String
    /// One cell per scope, in the order of `CycleReport.scopes`.
    package var cells: [OutcomeCell]
}

/// One question in one scope.
package struct OutcomeCell: Sendable, Codable, Equatable {
    package var scope: String
    /// See `QuestionResult.statusText`; `not-assessed` when the scope does not answer the questionnaire.
    package var status: String
    /// The status the target requires (outcome questions), or nil.
    package var required: String?
    /// Whether the target is met (nil when the question is left out or not assessed).
    package var met: Bool?
    /// How an independent review judged this status, when one did.
    package var assurance: ReviewAgreement?
}
