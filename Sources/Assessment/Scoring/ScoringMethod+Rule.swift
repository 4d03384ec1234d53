extension ScoringMethod {
    /// The rule that scores questionnaires of this method: the one place a method meets its type.
    package var rule: any ScoringRule.Type {
        switch self {
        case .graded: GradedScoring.self
        case .cumulative: CumulativeScoring.self
        case .outcome: OutcomeScoring.self
        }
    }

    /// Questions of this method are answered by agreeing with indicator statements (outcomes),
    /// not by choosing one option.
    package var answersWithIndicators: Bool { rule.answersWithIndicators }
}
