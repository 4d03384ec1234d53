import Assessment
import CyberYAML
import PropertyBased
import Testing

/// The compiled scorer with its byte-level reader against the ordinary path, on seeded
/// bodies written in every documented style and then spoiled at random (options that do not
/// exist, `na` with and without a justification, indicators where options belong, a missing
/// questionnaire, another body type): whenever the ordinary path scores a file, the compiled scorer gives
/// the same summary; whenever it reports a problem, the compiled scorer gives up.
@Suite struct CompiledScorerEquivalenceProperties {
    static let compiled = CompiledScorer(library: PropertyFixtures.library, options: ScoringOptions())!

    /// `answers` with a few entries and header fields changed at random.
    static func spoil(_ answers: AnswersFile, _ dice: inout Dice) -> AnswersFile {
        var answers = answers
        let questions = PropertyFixtures.library.questionnaires.flatMap(\.questions)
        for i in answers.answers.indices where dice.chance(0.03) {
            switch dice.below(5) {
            case 0: answers.answers[i].choice = .notApplicable
            case 1:
                answers.answers[i].choice = .notApplicable
                answers.answers[i].justification = dice.pick(["  ", "Not run here.", "\u{200B}"])
            case 2: answers.answers[i].choice = .option(dice.pick(dice.pick(questions).answers.map(\.value) + ["maybe"]))
            case 3: answers.answers[i].choice = .indicators(dice.pick(questions.compactMap(\.indicators)).all.prefix(2).map(\.id))
            default: answers.answers[i].choice = .unanswered
            }
        }
        if dice.chance(0.1), answers.questionnaires.count > 1 { answers.questionnaires.remove(at: dice.below(answers.questionnaires.count)) }
        if dice.chance(0.2) { answers.body.type = dice.pick([nil] + AnswersRules.bodyTypes) }
        return answers
    }

    @Test func thePlanAgreesWithTheOrdinaryPath() async {
        await propertyCheck(count: 60, input: Gen.int(in: PropertyFixtures.seeds)) { seed in
            var dice = Dice(seed)
            var writer = AnswersText(dice: Dice(seed &+ 1))
            let text = writer.render(Self.spoil(PropertyFixtures.answers(seed), &dice))
            let bytes = Array(text.utf8)
            let ordinary = Result { () throws -> ReportSummary in
                try PropertyFixtures.scorer.summarise(SourceFile(path: "generated.yaml", bytes: bytes).decodeAnswers().answers, file: "generated.yaml")
            }
            let scored = CompiledAnswersReader.read(bytes, compiled: Self.compiled).flatMap { Self.compiled.score($0.answers) }
            switch ordinary {
            case .success(let summary):
                #expect(scored?.summary(Self.compiled) == summary, "the compiled scorer differs on:\n\(text)")
                let answers = try SourceFile(path: "generated.yaml", bytes: bytes).decodeAnswers().answers
                let results = try PropertyFixtures.scorer.results(answers, file: "generated.yaml", answersSHA256: "")
                #expect(scored?.rows(Self.compiled, answersSHA256: "") == ResultRows(results), "the compiled scorer's store rows differ on:\n\(text)")
            case .failure:
                #expect(scored == nil, "the compiled scorer scored a file the ordinary path refuses:\n\(text)")
            }
        }
    }
}
