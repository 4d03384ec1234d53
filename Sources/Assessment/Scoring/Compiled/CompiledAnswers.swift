import CyberYAML

/// One body's answers laid out by a `CompiledScorer`'s question indices: what the compiled scorer scores.
/// Filled by the fast reader straight from libyaml's events, or from an `AnswersFile`.
package struct CompiledAnswers: Sendable {
    /// What a question's entry holds.
    package enum State: Int16 {
        /// Not in the file, or left blank.
        case absent = -1
        case notApplicable = -2
        /// Notes (a comment, evidence) but no answer yet.
        case notesOnly = -3
        /// Indicators agreed (see `agreed`).
        case indicators = -4
    }

    package var body: Body
    package var period: String
    package var assessor: String?
    package var date: Day
    package var questionnaires: [QuestionnaireVersion]
    /// Per question: an option index (0 or more) or a `State`'s raw value.
    package var states: [Int16]
    /// Per question: the indicators agreed, as bits.
    package var agreed: [UInt64]
    /// The latest evidence date given, which may not be after `date`.
    package var latestEvidence: Day?

    /// Answers with nothing chosen yet for any of `questions` questions.
    package init(body: Body, period: String, assessor: String?, date: Day, questionnaires: [QuestionnaireVersion], questions: Int) {
        self.init(body: body, period: period, assessor: assessor, date: date, questionnaires: questionnaires,
                  states: [Int16](repeating: State.absent.rawValue, count: questions), agreed: [UInt64](repeating: 0, count: questions))
    }

    /// Answers already laid out (the byte reader's).
    package init(body: Body, period: String, assessor: String?, date: Day, questionnaires: [QuestionnaireVersion],
         states: [Int16], agreed: [UInt64], latestEvidence: Day? = nil) {
        self.body = body
        self.period = period
        self.assessor = assessor
        self.date = date
        self.questionnaires = questionnaires
        self.states = states
        self.agreed = agreed
        self.latestEvidence = latestEvidence
    }

    /// The answers file's answers laid out by `compiled`; nil when a problem would be reported
    /// (the ordinary path then reports it) or the compiled scorer cannot hold an answer.
    package init?(_ answers: AnswersFile, compiled: CompiledScorer) {
        self.init(body: answers.body, period: answers.period, assessor: answers.assessor, date: answers.date,
                  questionnaires: answers.questionnaires, questions: compiled.questions.count)
        for answer in answers.answers {
            guard let q = compiled.questionIDs.index(ofText: answer.questionID), states[q] == State.absent.rawValue else { return nil }
            let question = compiled.questions[q]
            switch answer.choice {
            case .notApplicable:
                guard AnswersRules.notApplicableProblem(allowed: question.allowNA, justified: AnswersRules.saysSomething(answer.justification)) == nil
                else { return nil }
                states[q] = State.notApplicable.rawValue
            case .option(let value):
                let k = question.isOutcome ? nil : question.options.first(where: { compiled.optionValues.equals($0, text: value) })
                guard AnswersRules.optionProblem(isOutcome: question.isOutcome, found: k != nil) == nil, let k else { return nil }
                states[q] = Int16(k - question.options.lowerBound)
            case .indicators(let ids):
                guard AnswersRules.indicatorsProblem(isOutcome: question.isOutcome) == nil else { return nil }
                states[q] = State.indicators.rawValue
                var agreed = AgreedIndicators()
                for id in ids {
                    let k = question.indicators.first(where: { compiled.indicators.equals($0, text: id) })
                    guard agreed.agree(k.map { $0 - question.indicators.lowerBound }) == nil else { return nil }
                }
                self.agreed[q] = agreed.bits
            case .unanswered:
                states[q] = State.notesOnly.rawValue
            }
            for evidence in answer.evidence {
                guard AnswersRules.evidenceTitleProblem(titleIsBlank: AnswersRules.isBlank(evidence.title)) == nil else { return nil }
                if let day = evidence.date { latestEvidence = max(latestEvidence ?? day, day) }
            }
        }
        guard compiled.acceptedTopics(self) != nil else { return nil }
    }
}

extension CompiledScorer {
    /// The topics `answers` assess, as bits, when they pass every check of `AnswersValidator`
    /// that depends on more than one entry: the questionnaires named and their versions, each
    /// answer's questionnaire named, no answer to a question that takes its answer from another,
    /// no evidence after the date. Nil when one fails.
    package func acceptedTopics(_ answers: CompiledAnswers) -> UInt64? {
        guard !answers.questionnaires.isEmpty, let assessed = assessedTopics(answers.questionnaires) else { return nil }
        guard AnswersRules.evidenceDateProblem(answers.latestEvidence, assessed: answers.date) == nil else { return nil }
        for q in questions.indices where answers.states[q] != CompiledAnswers.State.absent.rawValue {
            let question = questions[q]
            guard assessed & (1 << UInt64(question.topic)) != 0 else { return nil }
            if let home = question.home, assessed & (1 << UInt64(home.topic)) != 0 { return nil }
        }
        return assessed
    }

    /// The topics named, as bits; nil when one is unknown, at another version, or named twice.
    package func assessedTopics(_ named: [QuestionnaireVersion]) -> UInt64? {
        guard topics.count <= 64 else { return nil }
        var bits: UInt64 = 0
        for entry in named {
            guard let t = topics.firstIndex(where: { $0.id == entry.id }), topics[t].version == entry.version,
                  bits & (1 << UInt64(t)) == 0 else { return nil }
            bits |= 1 << UInt64(t)
        }
        return bits
    }
}
