import Assessment
/// One report for a body's whole assessment: the organisation's results, each critical
/// system's, the outcome × scope table, "profile met" per scope, and, when given, what
/// independent reviews and the improvement plan say about them.
public struct CycleReport: Sendable, Codable, Equatable {
    /// The JSON schema name and version of this report format.
    public static let currentSchema = "cyberassess.cycle-report/1"

    public var schema: String
    public var body: Body
    public var period: String
    /// The target profile the targets came from, if one was chosen.
    public var profile: String?
    /// The organisation's own report.
    public var organisation: Report
    /// Each critical system's report, in the order the files were given.
    public var systems: [SystemReport]
    /// The organisation and each system at a glance.
    public var scopes: [ScopeStanding]
    /// Every question any critical system is assessed on, with each scope's status.
    public var outcomes: [OutcomeRow]
    /// Independent assurance reviews of any scope.
    public var reviews: [AssuranceReview]
    /// What the improvement plan says, when one was given.
    public var plan: PlanFindings?
}

/// A critical system and its report.
public struct SystemReport: Sendable, Codable, Equatable {
    public var system: CriticalSystem
    public var report: Report
}

/// One scope's headline: its score and whether it meets its profile.
public struct ScopeStanding: Sendable, Codable, Equatable {
    /// `organisation`, or the system's id.
    public var scope: String
    public var name: String
    public var score: Double?
    /// Whether every outcome and domain meets its target (the chosen profile).
    public var profileMet: Bool
    /// Questions below their target.
    public var belowTarget: Int
    /// The reviewer's organisation, when a review covers the scope.
    public var assuredBy: String?
}

/// One question across scopes.
public struct OutcomeRow: Sendable, Codable, Equatable {
    public var question: String
    public var text: String
    public var domain: String
    /// One cell per scope, in the order of `CycleReport.scopes`.
    public var cells: [OutcomeCell]
}

/// One question in one scope.
public struct OutcomeCell: Sendable, Codable, Equatable {
    public var scope: String
    /// See `QuestionResult.statusText`; `not-assessed` when the scope does not answer the questionnaire.
    public var status: String
    /// The status the target requires (outcome questions), or nil.
    public var required: String?
    /// Whether the target is met (nil when the question is left out or not assessed).
    public var met: Bool?
    /// How an independent review judged this status, when one did.
    public var assurance: ReviewAgreement?
}
