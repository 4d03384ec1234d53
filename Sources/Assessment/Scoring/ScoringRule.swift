/// What sets one scoring method apart: how an answer becomes a question's level and whether it
/// meets its target, how a domain is scored from its questions, when a question yields a
/// recommendation, and what a questionnaire of the method must hold.
///
/// Each method is a caseless enum in `Methods/`; `ScoringMethod.rule` maps each case to it.
/// The requirements are static so scoring can open the method once per domain and run the
/// question loop specialised, with no existential or allocation per question.
package protocol ScoringRule {
    /// Questions are answered by agreeing with indicator statements, not by choosing an option.
    static var answersWithIndicators: Bool { get }

    /// Fills in the answer, label, level and met of an applicable question not answered
    /// not applicable; `result.target` holds the domain target on the way in.
    static func judge(_ question: Question, answer: Answer?, in domain: Domain, targets: Targets, into result: inout QuestionResult)

    /// The domain's unrounded score, weakest link and whether it meets `target`, from the
    /// results at `scored` (the answered and unanswered questions, indices into both
    /// `results` and `domain.questions`).
    static func domainScore(of domain: Domain, results: [QuestionResult], scored: [Int], target: Int) -> DomainScore

    /// How many levels a counted question falls short, as the factor of its recommendation's
    /// priority; nil when it yields no recommendation.
    static func shortfall(of question: Question, result: QuestionResult, domainTarget: Int) -> Int?

    /// What is wrong with a question of a questionnaire scored by this method, as messages.
    static func problems(with question: Question, in questionnaire: Questionnaire) -> [String]

    /// What is wrong with a target profile of a questionnaire scored by this method, as messages.
    static func problems(with profile: TargetProfile) -> [String]
}

extension ScoringRule {
    package static func problems(with profile: TargetProfile) -> [String] { [] }
}

/// A domain's score before rounding, its weakest link and whether it meets its target.
package struct DomainScore {
    /// Exact, so that it rounds as documented; nil when no question counts.
    package var score: Fraction?
    package var weakestLink: Int?
    package var met: Bool
}
