/// What a body chose for a question, as a scoring method judges it: plain values that the
/// ordinary scorer (from an `Answer`) and the compiled scorer (from option and indicator
/// indices) both derive.
package enum JudgedChoice {
    /// Nothing chosen: unanswered, notes alone, or a choice the question does not take.
    case none
    /// An option, with its level (0 when it has none) and whether it marks the practice met
    /// (false when it does not say).
    case option(level: Int, met: Bool)
    /// An outcome's status as its indicators decide it.
    case outcome(OutcomeStatus)
}

/// What a question is judged against.
package struct QuestionTerms {
    /// The domain's target level.
    package var target: Int
    /// Cumulative: the practice's level (1 when none is written).
    package var practice: Int
    /// Outcome: the status the question must reach, and the levels statuses count as.
    package var required: OutcomeStatus
    package var levels: OutcomeLevels

    package init(target: Int, practice: Int = 1, required: OutcomeStatus = .achieved, levels: OutcomeLevels = OutcomeLevels()) {
        self.target = target
        self.practice = practice
        self.required = required
        self.levels = levels
    }
}

/// A question as its method judges it.
package struct Verdict: Equatable {
    /// Whether the choice counts as an answer (else the question is unanswered).
    package var answered: Bool
    package var level: Int
    package var met: Bool
    /// The level the question is held to.
    package var target: Int
}

extension QuestionResult {
    /// Takes the status, level, met and target a method's verdict gives.
    package mutating func apply(_ verdict: Verdict) {
        if verdict.answered { status = .answered }
        level = verdict.level
        met = verdict.met
        target = verdict.target
    }
}
