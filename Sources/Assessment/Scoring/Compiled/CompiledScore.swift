/// A body scored by a `CompiledScorer`: a result per question, domain and topic by index, and the
/// overall figures. Turned into a `ReportSummary` for batch summaries (`summary`).
package struct CompiledScore: Sendable {
    /// One question's result.
    package struct QuestionOutcome: Sendable {
        package var status: QuestionStatus = .excluded
        /// nil for excluded and not-applicable questions.
        package var level: Int?
        package var met: Bool?
        package var target: Int = 0
        /// False for a question showing another's answer (`same_as`).
        package var counts = true
        /// Outcome questions: the status decided.
        package var decided: OutcomeStatus?
        /// Graded and cumulative questions answered: the option chosen, by its place among
        /// the question's options.
        package var option: Int?
    }

    /// One domain's result.
    package struct DomainOutcome: Sendable {
        package var exact: Ratio?
        package var score: Double?
        package var weakestLink: Int?
        package var band: String?
        package var gap: Double?
        package var met = true
        package var answered = 0
        package var inScope = 0
    }

    /// One topic's result.
    package struct TopicOutcome: Sendable {
        package var index: Int
        package var exact: Ratio?
        package var score: Double?
        package var weakestLink: Int?
        package var band: String?
        package var target: Double = 0
        package var gap: Double?
        package var completeness: Double = 100
        package var targetsMet = true
    }

    package internal(set) var answers: CompiledAnswers
    package var questions: [QuestionOutcome]
    /// By the compiled scorer's domain index (domains of topics not assessed stay empty).
    package var domains: [DomainOutcome]
    /// In report order, assessed topics only.
    package var topics: [TopicOutcome]
    package internal(set) var overall: OverallResult
    /// Applicable questions left unanswered, counted ones only.
    package var unanswered = 0
}
