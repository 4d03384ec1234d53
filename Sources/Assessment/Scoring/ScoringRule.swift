/// What sets one scoring method apart: how an answer becomes a question's level and whether it
/// meets its target, how a domain is scored from its questions, when a question yields a
/// recommendation, and what a questionnaire of the method must hold.
///
/// Each method is a caseless enum in `Methods/`; `ScoringMethod.rule` maps each case to it.
/// The rules themselves (`judge(_:against:)`, `domainScore(_:target:)`,
/// `shortfall(level:met:target:practice:domainTarget:)`) work on plain values that the
/// ordinary scorer and the compiled scorer both hold, so each is written once and both paths
/// call it. The requirements are static so scoring can open the method once per domain and
/// run the question loop specialised, with no existential or allocation per question.
package protocol ScoringRule {
    /// Questions are answered by agreeing with indicator statements, not by choosing an option.
    static var answersWithIndicators: Bool { get }

    /// How an applicable question not answered `na` is judged: whether it counts as answered,
    /// its level, whether it meets its target, and that target (an outcome's is the level of
    /// the status it requires; other methods keep the domain's).
    static func judge(_ choice: JudgedChoice, against terms: QuestionTerms) -> Verdict

    /// The domain's unrounded score, weakest link and whether it meets `target`, from the
    /// tally of its counted questions (answered and unanswered, not N/A, not excluded, not
    /// showing another's answer). Nil only when the score cannot be rounded (a compiled
    /// scorer's sum outgrew its 128 bits), and the body is then scored the ordinary way.
    static func domainScore<Sum: LevelSum>(_ tally: DomainTally<Sum>, target: Int) -> DomainScore<Sum.Score>?

    /// How many levels a counted question falls short, as the factor of its recommendation's
    /// priority; nil when it yields no recommendation. `level`, `met` and `target` are the
    /// question's as judged, `practice` its practice level where one is written.
    static func shortfall(level: Int?, met: Bool?, target: Int, practice: Int?, domainTarget: Int) -> Int?

    /// Fills in the answer, label, level and met of an applicable question not answered
    /// not applicable; `result.target` holds the domain target on the way in.
    static func judge(_ question: Question, answer: Answer?, in domain: Domain, targets: Targets, into result: inout QuestionResult)

    /// What is wrong with a question of a questionnaire scored by this method, as messages.
    static func problems(with question: Question, in questionnaire: Questionnaire) -> [String]

    /// What is wrong with a target profile of a questionnaire scored by this method, as messages.
    static func problems(with profile: TargetProfile) -> [String]
}

extension ScoringRule {
    package static func problems(with profile: TargetProfile) -> [String] { [] }

    /// The domain's score from its questions' results at `scored` (indices into both
    /// `results` and `domain.questions`), as the ordinary scorer keeps them.
    package static func domainScore(of domain: Domain, results: [QuestionResult], scored: [Int], target: Int) -> DomainScore<Fraction> {
        var tally = DomainTally<ExactWeightedMean>()
        for i in scored {
            let question = domain.questions[i]
            tally.add(level: results[i].level ?? 0, weight: question.weight, practice: question.practiceLevel ?? 1, met: results[i].met)
        }
        guard let score = domainScore(tally, target: target) else {
            preconditionFailure("a Fraction always rounds, so an ordinary domain score is always found")
        }
        return score
    }

    /// `shortfall(level:met:target:practice:domainTarget:)` for an ordinary result.
    package static func shortfall(of question: Question, result: QuestionResult, domainTarget: Int) -> Int? {
        shortfall(level: result.level, met: result.met, target: result.target, practice: question.practiceLevel, domainTarget: domainTarget)
    }

    /// The ordinary judging of a method answered by choosing one option: the option named,
    /// if the question has it, judged by `judge(_:against:)`.
    package static func judgeOption(_ question: Question, answer: Answer?, into result: inout QuestionResult) {
        var choice = JudgedChoice.none
        if let value = answer?.choice.optionValue, let option = question.option(value) {
            result.answer = value
            result.label = option.label
            choice = .option(level: option.level ?? 0, met: option.met ?? false)
        }
        result.apply(judge(choice, against: QuestionTerms(target: result.target, practice: question.practiceLevel ?? 1)))
    }
}

/// A domain's score before rounding, its weakest link and whether it meets its target.
package struct DomainScore<Score> {
    /// Exact, so that it rounds as documented; nil when no question counts.
    package var score: Score?
    package var weakestLink: Int?
    package var met: Bool
}
