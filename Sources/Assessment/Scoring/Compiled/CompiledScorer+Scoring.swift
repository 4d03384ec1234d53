/// Scoring one body by a compiled scorer: the rules of the README as the ordinary `Scorer` applies them
/// (`QuestionEvaluation`, the methods in `Methods/`, `TopicEvaluation`, `Scorer.evaluate`),
/// on indices and whole numbers.
extension CompiledScorer {
    /// `answers` scored; nil when the answers fail a check or a sum overflows, and the ordinary
    /// path must score (and report) them.
    package func score(_ answers: CompiledAnswers) -> CompiledScore? {
        guard let assessed = acceptedTopics(answers) else { return nil }
        var questionResults = [CompiledScore.QuestionOutcome](repeating: CompiledScore.QuestionOutcome(), count: questions.count)
        var domainResults = [CompiledScore.DomainOutcome](repeating: CompiledScore.DomainOutcome(), count: domains.count)
        var topicResults: [CompiledScore.TopicOutcome] = []
        topicResults.reserveCapacity(topics.count)
        var overallMean = RatioMean()
        var weights: [String: Double] = assessed == allTopics ? allWeights : [:]
        var inScope = 0, answered = 0, levelZero = 0, unanswered = 0
        var weakestLink: Int?
        var weakest: (share: Double, domain: WeakestDomain)?
        var bandGroup: Int?, sharedBands = true

        for t in order where assessed & (1 << UInt64(t)) != 0 {
            let topic = topics[t]
            var topicMean = RatioMean(), targetMean = RatioMean()
            var topicAnswered = 0, topicInScope = 0
            var topicResult = CompiledScore.TopicOutcome(index: t)
            let levels = outcomeLevels[t]
            for d in topic.domains {
                // The method opened once per domain, so the question loop runs specialised.
                let judged: (result: CompiledScore.DomainOutcome, anyAnswered: Bool)?
                switch topic.method {
                case .graded: judged = scoreDomain(d, by: GradedScoring.self, answers, assessed: assessed, levels: levels,
                                                   questions: &questionResults, levelZero: &levelZero, unanswered: &unanswered)
                case .cumulative: judged = scoreDomain(d, by: CumulativeScoring.self, answers, assessed: assessed, levels: levels,
                                                       questions: &questionResults, levelZero: &levelZero, unanswered: &unanswered)
                case .outcome: judged = scoreDomain(d, by: OutcomeScoring.self, answers, assessed: assessed, levels: levels,
                                                    questions: &questionResults, levelZero: &levelZero, unanswered: &unanswered)
                }
                guard let judged else { return nil }
                var result = judged.result
                let anyAnswered = judged.anyAnswered
                if let exact = result.exact {
                    guard let rounded = exact.roundedToHundredths, let gap = Ratio(domains[d].target).minus(exact)?.roundedToHundredths else { return nil }
                    result.score = rounded
                    result.gap = gap
                    result.band = band(forRounded: rounded, in: topic.bands)
                    topicMean.add(exact, units: domains[d].weightUnits)
                    targetMean.add(Ratio(domains[d].target), units: domains[d].weightUnits)
                    if anyAnswered, topic.scaleMax > 0, weakest.map({ rounded / Double(topic.scaleMax) < $0.share }) ?? true {
                        weakest = (rounded / Double(topic.scaleMax),
                                   WeakestDomain(topic: topic.id, id: domains[d].id, title: domains[d].title, score: rounded, scaleMax: topic.scaleMax))
                    }
                }
                if let link = result.weakestLink { topicResult.weakestLink = min(topicResult.weakestLink ?? link, link) }
                if !result.met { topicResult.targetsMet = false }
                topicAnswered += result.answered
                topicInScope += result.inScope
                domainResults[d] = result
            }
            guard !topicMean.overflowed, !targetMean.overflowed else { return nil }
            let target = targetMean.mean ?? Ratio(topic.target)
            guard let roundedTarget = target.roundedToHundredths else { return nil }
            topicResult.exact = topicMean.mean
            topicResult.target = roundedTarget
            if let exact = topicResult.exact {
                guard let rounded = exact.roundedToHundredths, let gap = target.minus(exact)?.roundedToHundredths else { return nil }
                topicResult.score = rounded
                topicResult.gap = gap
                topicResult.band = band(forRounded: rounded, in: topic.bands)
                overallMean.add(exact, units: topic.weightUnits)
            }
            topicResult.completeness = percent(topicAnswered, of: topicInScope)
            if let link = topicResult.weakestLink { weakestLink = min(weakestLink ?? link, link) }
            if assessed != allTopics { weights[topic.id] = topic.weight }
            inScope += topicInScope
            answered += topicAnswered
            if bandGroup.map({ $0 != topic.bandGroup }) ?? false { sharedBands = false }
            bandGroup = topic.bandGroup
            topicResults.append(topicResult)
        }
        guard !overallMean.overflowed else { return nil }
        let overallExact = overallMean.mean
        let overallScore = overallExact?.roundedToHundredths
        guard overallExact == nil || overallScore != nil else { return nil }
        let bands = sharedBands ? bandGroup.map { topics[$0].bands } ?? [] : []
        let completeness = percent(answered, of: inScope)
        let overall = OverallResult(
            score: overallScore,
            weakestLink: weakestLink,
            band: overallScore.flatMap { band(forRounded: $0, in: bands) },
            completeness: completeness,
            answered: answered,
            inScope: inScope,
            targetsMet: topicResults.allSatisfy(\.targetsMet),
            topicWeights: weights,
            levelZeroQuestions: levelZero,
            weakestDomain: weakest?.domain,
            draft: Report.isDraft(completeness: completeness))
        return CompiledScore(answers: answers, questions: questionResults, domains: domainResults, topics: topicResults,
                         overall: overall, unanswered: unanswered)
    }

    /// One domain's questions judged by `rule` into `questions`, and the domain's counts and
    /// score (`DomainEvaluation`); also whether any of its questions is answered. Counts the
    /// questions answered at level 0 and those left unanswered. Nil when the score cannot be
    /// rounded exactly.
    private func scoreDomain<Rule: ScoringRule>(
        _ d: Int, by rule: Rule.Type, _ answers: CompiledAnswers, assessed: UInt64, levels: OutcomeLevels,
        questions results: inout [CompiledScore.QuestionOutcome], levelZero: inout Int, unanswered: inout Int
    ) -> (result: CompiledScore.DomainOutcome, anyAnswered: Bool)? {
        var tally = DomainTally<UnitLevelSum>()
        var result = CompiledScore.DomainOutcome()
        var anyAnswered = false
        for q in domains[d].questions {
            let outcome = judge(q, by: rule, answers, assessed: assessed, levels: levels)
            results[q] = outcome
            if outcome.status == .answered {
                anyAnswered = true
                if outcome.level == 0, outcome.counts { levelZero += 1 }
            }
            guard outcome.counts else { continue }
            if outcome.status != .excluded { result.inScope += 1 }
            if outcome.status == .answered || outcome.status == .notApplicable { result.answered += 1 }
            guard outcome.status == .answered || outcome.status == .unanswered else { continue }
            if outcome.status == .unanswered { unanswered += 1 }
            tally.add(level: outcome.level ?? 0, weight: questions[q].weightUnits, practice: questions[q].practice, met: outcome.met)
        }
        guard let score = Rule.domainScore(tally, target: domains[d].target) else { return nil }
        result.exact = score.score
        result.weakestLink = score.weakestLink
        result.met = score.met
        return (result, anyAnswered)
    }

    /// One question's result (`QuestionEvaluation.evaluate`, then the method's
    /// `ScoringRule.judge(_:against:)`).
    @inline(__always)
    private func judge<Rule: ScoringRule>(_ q: Int, by rule: Rule.Type, _ answers: CompiledAnswers, assessed: UInt64,
                                          levels: OutcomeLevels) -> CompiledScore.QuestionOutcome {
        let question = questions[q]
        var outcome = CompiledScore.QuestionOutcome(target: question.target)
        var state = answers.states[q]
        var homeIndex: Int?
        if let home = question.home, assessed & (1 << UInt64(home.topic)) != 0 {
            homeIndex = home.question
            outcome.counts = false
            state = answers.states[home.question]
            // The home's option judged among this question's options; none matching is no answer.
            if state >= 0 {
                let mapped = homeOptions[home.options + Int(state)]
                state = mapped >= 0 ? Int16(mapped) : CompiledAnswers.State.notesOnly.rawValue
            }
        }
        guard applies(question, answers), homeIndex.map({ applies(questions[$0], answers) }) ?? true else { return outcome }
        if state == CompiledAnswers.State.notApplicable.rawValue {
            outcome.status = .notApplicable
            return outcome
        }
        var choice = JudgedChoice.none
        if state >= 0 {
            let option = options[question.options.lowerBound + Int(state)]
            outcome.option = Int(state)
            choice = .option(level: option.level, met: option.met)
        } else if state == CompiledAnswers.State.indicators.rawValue {
            choice = .outcome(decision(q, answers))
        }
        let verdict = Rule.judge(choice, against: QuestionTerms(target: question.target, practice: question.practice,
                                                                 required: question.required, levels: levels))
        if Rule.answersWithIndicators, case .outcome(let status) = choice {
            outcome.decided = status
        } else if Rule.answersWithIndicators {
            outcome.decided = .notAchieved
        }
        outcome.status = verdict.answered ? .answered : .unanswered
        outcome.level = verdict.level
        outcome.met = verdict.met
        outcome.target = verdict.target
        return outcome
    }

    /// The status outcome question `q`'s agreed indicators decide, from the table its
    /// questionnaire's own rule filled (`decisions(_:_:)`).
    private func decision(_ q: Int, _ answers: CompiledAnswers) -> OutcomeStatus {
        let question = questions[q], agreed = answers.agreed[q]
        func count(_ column: UInt64) -> Int {
            let n = (agreed & column).nonzeroBitCount
            return n == 0 ? 0 : n == column.nonzeroBitCount ? 2 : 1
        }
        return decisions[question.decisions + count(question.columns.achieved) * 9 + count(question.columns.partiallyAchieved) * 3 + count(question.columns.notAchieved)]
    }

    /// Whether `question` applies to this body (`AppliesIf.isMet`): its body-type condition
    /// asked, its answer condition looked up in the bits `AppliesIf.isMet(byChosen:)` filled.
    private func applies(_ question: Question, _ answers: CompiledAnswers) -> Bool {
        if question.bodyTypes >= 0, !bodyTypeConditions[question.bodyTypes].admits(bodyType: answers.body.type) { return false }
        guard let (on, bits) = question.condition else { return true }
        guard on >= 0 else { return false }
        let state = answers.states[on]
        return state >= 0 && bits & (1 << UInt64(state)) != 0
    }
}
