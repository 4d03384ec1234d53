/// A body scored by a `ScoringPlan`: a result per question, domain and topic by index, and the
/// overall figures. Turned into a `ReportSummary` for batch summaries (`summary`).
public struct PlanScore: Sendable {
    /// One question's result.
    struct QuestionOutcome: Sendable {
        var status: QuestionStatus = .excluded
        /// nil for excluded and not-applicable questions.
        var level: Int?
        var met: Bool?
        var target: Int = 0
        /// False for a question showing another's answer (`same_as`).
        var counts = true
        /// Outcome questions: the status decided.
        var decided: OutcomeStatus?
        /// Graded and cumulative questions answered: the option chosen, by its place among
        /// the question's options.
        var option: Int?
    }

    /// One domain's result.
    struct DomainOutcome: Sendable {
        var exact: Ratio?
        var score: Double?
        var weakestLink: Int?
        var band: String?
        var gap: Double?
        var met = true
        var answered = 0
        var inScope = 0
    }

    /// One topic's result.
    struct TopicOutcome: Sendable {
        var index: Int
        var exact: Ratio?
        var score: Double?
        var weakestLink: Int?
        var band: String?
        var target: Double = 0
        var gap: Double?
        var completeness: Double = 100
        var targetsMet = true
    }

    public internal(set) var answers: PlanAnswers
    var questions: [QuestionOutcome]
    /// By the plan's domain index (domains of topics not assessed stay empty).
    var domains: [DomainOutcome]
    /// In report order, assessed topics only.
    var topics: [TopicOutcome]
    public internal(set) var overall: OverallResult
    /// Applicable questions left unanswered, counted ones only.
    var unanswered = 0
}
