extension CompiledScore {
    /// The body's rows for a results store, with its recommendations ranked: what
    /// `ResultRows(Scorer.results(...))` gives for the same answers.
    package func rows(_ compiled: CompiledScorer, answersSHA256: String) -> ResultRows {
        var topicRows: [ResultRows.Topic] = [], domainRows: [ResultRows.Domain] = []
        // Each question's row by compiled index, nil for a topic the body does not answer.
        var questionRows = [ResultRows.Question?](repeating: nil, count: compiled.questions.count)
        var recommended: [(question: Int, priority: Double)] = []
        topicRows.reserveCapacity(topics.count)
        for topic in topics {
            let t = compiled.topics[topic.index]
            topicRows.append(ResultRows.Topic(id: t.id, topic: t.name, version: t.version, score: topic.score, weakestLink: topic.weakestLink,
                                              band: topic.band, target: topic.target, gap: topic.gap, completeness: topic.completeness,
                                              targetsMet: topic.targetsMet))
            for d in t.domains {
                let domain = domains[d]
                domainRows.append(ResultRows.Domain(id: compiled.domains[d].id, topic: topicRows.count - 1, score: domain.score, weakestLink: domain.weakestLink,
                                                    band: domain.band, target: compiled.domains[d].target, gap: domain.gap, met: domain.met,
                                                    answered: domain.answered, inScope: domain.inScope))
                // The method opened once per domain, so the question loop runs specialised.
                let domainRow = domainRows.count - 1
                switch t.method {
                case .graded: appendQuestionRows(d, by: GradedScoring.self, compiled, domainRow: domainRow, into: &questionRows, recommended: &recommended)
                case .cumulative: appendQuestionRows(d, by: CumulativeScoring.self, compiled, domainRow: domainRow, into: &questionRows, recommended: &recommended)
                case .outcome: appendQuestionRows(d, by: OutcomeScoring.self, compiled, domainRow: domainRow, into: &questionRows, recommended: &recommended)
                }
            }
        }
        // Ranked by `Recommendations.ranksBefore`, question ids compared through their places in id order.
        recommended.sort { Recommendations.ranksBefore(($0.priority, compiled.idOrder[$0.question]), ($1.priority, compiled.idOrder[$1.question])) }
        for (rank, r) in recommended.enumerated() {
            questionRows[r.question]?.rank = rank + 1
            questionRows[r.question]?.priority = r.priority
        }
        let sources = answers.questionnaires.compactMap { entry -> Provenance.Source? in
            guard let t = compiled.topics.firstIndex(where: { $0.id == entry.id }), let sha256 = compiled.topics[t].sha256 else { return nil }
            return Provenance.Source(id: entry.id, version: compiled.topics[t].version, sha256: sha256)
        }
        return ResultRows(body: answers.body, period: answers.period, date: answers.date, profile: compiled.profile, overall: overall,
                          unanswered: unanswered, questionnaires: sources, answersSHA256: answersSHA256,
                          topics: topicRows, domains: domainRows, questions: compiled.questionsByID.compactMap { questionRows[$0] })
    }

    /// The answer a report shows for question `q`: the option chosen (a `same_as` question's
    /// home's, among its own options), or an outcome's status once judged.
    private func answer(_ q: Int, _ compiled: CompiledScorer) -> String? {
        let outcome = questions[q]
        if let decided = outcome.decided { return decided.rawValue }
        guard outcome.status == .answered, let option = outcome.option else { return nil }
        return compiled.optionTexts[compiled.questions[q].options.lowerBound + option]
    }

    /// The rows of domain `d`'s questions, and the recommendations of those its method says
    /// fall short (`ScoringRule.shortfall`), with their priorities (`Recommendations.make`).
    private func appendQuestionRows<Rule: ScoringRule>(
        _ d: Int, by rule: Rule.Type, _ compiled: CompiledScorer, domainRow: Int,
        into questionRows: inout [ResultRows.Question?], recommended: inout [(question: Int, priority: Double)]
    ) {
        for q in compiled.domains[d].questions {
            let outcome = questions[q], question = compiled.questions[q]
            questionRows[q] = ResultRows.Question(id: compiled.questionIDTexts[q], domain: domainRow, status: outcome.status,
                                                  answer: answer(q, compiled), level: outcome.level, target: outcome.target, met: outcome.met)
            guard outcome.counts, outcome.status == .answered || outcome.status == .unanswered,
                  let shortfall = Rule.shortfall(level: outcome.level, met: outcome.met, target: outcome.target,
                                                 practice: question.hasPractice ? question.practice : nil, domainTarget: question.target)
            else { continue }
            let priority = shortfall < CompiledScorer.priorityShortfalls ? compiled.priorities[question.priorities + shortfall]
                : Recommendations.priority(compiled.questionWeights[q], compiled.domainWeights[d], shortfall)
            recommended.append((q, priority))
        }
    }
}
