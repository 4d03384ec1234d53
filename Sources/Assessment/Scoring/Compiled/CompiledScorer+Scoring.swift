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
            for d in topic.domains {
                // The domain's sums over its counted, scored questions.
                var levels: Int128 = 0, units: Int128 = 0, scored = 0
                var lowest: Int?, allMet = true, highest = 0, unmet: UInt64 = 0, anyAnswered = false
                var result = CompiledScore.DomainOutcome()
                for q in domains[d].questions {
                    let outcome = judge(q, answers, assessed: assessed)
                    questionResults[q] = outcome
                    if outcome.status == .answered {
                        anyAnswered = true
                        if outcome.level == 0, outcome.counts { levelZero += 1 }
                    }
                    guard outcome.counts else { continue }
                    if outcome.status != .excluded { result.inScope += 1 }
                    if outcome.status == .answered || outcome.status == .notApplicable { result.answered += 1 }
                    guard outcome.status == .answered || outcome.status == .unanswered else { continue }
                    if outcome.status == .unanswered { unanswered += 1 }
                    let level = outcome.level ?? 0
                    scored += 1
                    levels += Int128(level) * Int128(questions[q].weightUnits)
                    units += Int128(questions[q].weightUnits)
                    lowest = min(lowest ?? level, level)
                    if outcome.met != true { allMet = false }
                    let practice = questions[q].practice
                    highest = max(highest, practice)
                    if level < practice { unmet |= 1 << UInt64(practice) }
                }
                switch topic.method {
                case .cumulative:
                    if scored > 0 {
                        var reached = 0
                        for level in 1...max(1, highest) {
                            guard unmet & (1 << UInt64(level)) == 0 else { break }
                            reached = level
                        }
                        result.exact = Ratio(reached)
                        result.weakestLink = reached
                        result.met = reached >= domains[d].target
                    }
                case .graded, .outcome:
                    result.exact = Ratio(levels, units)
                    result.weakestLink = lowest
                    if topic.method == .outcome {
                        result.met = allMet
                    } else if let exact = result.exact {
                        guard let rounded = exact.roundedToHundredths else { return nil }
                        result.met = rounded >= Double(domains[d].target)
                    }
                }
                if let exact = result.exact {
                    guard let rounded = exact.roundedToHundredths, let gap = Ratio(domains[d].target).minus(exact)?.roundedToHundredths else { return nil }
                    result.score = rounded
                    result.gap = gap
                    result.band = topic.bands.first { $0.contains(rounded) }?.name
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
                topicResult.band = topic.bands.first { $0.contains(rounded) }?.name
                overallMean.add(exact, units: topic.weightUnits)
            }
            topicResult.completeness = Self.percentage(topicAnswered, of: topicInScope)
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
        let completeness = Self.percentage(answered, of: inScope)
        let overall = OverallResult(
            score: overallScore,
            weakestLink: weakestLink,
            band: overallScore.flatMap { score in bands.first { $0.contains(score) }?.name },
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

    /// One question's result (`QuestionEvaluation.evaluate` and the method's `judge`).
    private func judge(_ q: Int, _ answers: CompiledAnswers, assessed: UInt64) -> CompiledScore.QuestionOutcome {
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
        outcome.status = .unanswered
        switch topics[question.topic].method {
        case .graded:
            var level = 0
            if state >= 0 {
                outcome.status = .answered
                outcome.option = Int(state)
                level = options[question.options.lowerBound + Int(state)].level
            }
            outcome.level = level
            outcome.met = level >= question.target
        case .cumulative:
            var met = false
            if state >= 0 {
                outcome.status = .answered
                outcome.option = Int(state)
                met = options[question.options.lowerBound + Int(state)].met
            }
            outcome.level = met ? question.practice : question.practice - 1
            outcome.met = met || question.practice > question.target
        case .outcome:
            let required = outcomeLevels[question.topic][question.required]
            outcome.target = required
            if state == CompiledAnswers.State.indicators.rawValue {
                let agreed = answers.agreed[q]
                func count(_ column: UInt64) -> Int {
                    let n = (agreed & column).nonzeroBitCount
                    return n == 0 ? 0 : n == column.nonzeroBitCount ? 2 : 1
                }
                let status = decisions[question.decisions + count(question.columns.achieved) * 9 + count(question.columns.partiallyAchieved) * 3 + count(question.columns.notAchieved)]
                outcome.status = .answered
                outcome.decided = status
                outcome.level = outcomeLevels[question.topic][status]
                outcome.met = status >= question.required
            } else {
                outcome.decided = .notAchieved
                outcome.level = 0
                outcome.met = required <= 0
            }
        }
        return outcome
    }

    /// Whether `question` applies to this body (`AppliesIf.isMet`).
    private func applies(_ question: Question, _ answers: CompiledAnswers) -> Bool {
        if question.bodyTypes >= 0, let type = answers.body.type, !bodyTypeLists[question.bodyTypes].contains(type) { return false }
        guard let (on, bits) = question.condition else { return true }
        guard on >= 0 else { return false }
        let state = answers.states[on]
        return state >= 0 && bits & (1 << UInt64(state)) != 0
    }

    /// `part` of `whole` in per cent to two decimals (100 when `whole` is 0), as `percent` gives.
    package static func percentage(_ part: Int, of whole: Int) -> Double {
        guard whole != 0, let share = Ratio(Int128(part) * 100, Int128(whole)) else { return 100 }
        return share.roundedToHundredths ?? percent(part, of: whole)
    }
}
