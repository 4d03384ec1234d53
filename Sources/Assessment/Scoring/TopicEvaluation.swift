/// Scores one questionnaire's domains from a body's answers.
package struct TopicEvaluation {
    package let questionnaire: Questionnaire
    package let targets: Targets
    /// The topic result, with scores rounded for the report.
    private(set) var result: TopicResult
    /// The topic score before rounding, for the overall mean.
    private(set) var exact: Fraction?
    private(set) var recommendations: [Recommendation] = []

    /// `detailed: false` computes the scores only: no evidence, references or recommendations.
    /// `homes` are the `same_as` questions' homes (`Library.homes(assessing:)`); `bodyType` decides
    /// body-type `applies_if` conditions.
    package init(questionnaire: Questionnaire, answers: [String: Answer], targets: Targets, staleCutoff: Day, detailed: Bool = true,
         homes: [String: Question] = [:], bodyType: String? = nil) {
        self.questionnaire = questionnaire
        self.targets = targets
        var domains: [DomainResult] = []
        var domainScores = ExactWeightedMean()
        var domainTargets = ExactWeightedMean()
        var recommendations: [Recommendation] = []
        for domain in questionnaire.domains {
            let evaluation = DomainEvaluation(questionnaire: questionnaire, domain: domain, answers: answers, targets: targets, staleCutoff: staleCutoff, detailed: detailed, homes: homes, bodyType: bodyType)
            domains.append(evaluation.result)
            recommendations += evaluation.recommendations
            if let score = evaluation.exact {
                domainScores.add(score, weight: domain.weight)
                domainTargets.add(evaluation.result.target, weight: domain.weight)
            }
        }
        let score = domainScores.mean
        let target = domainTargets.mean ?? Fraction(questionnaire.target)
        let inScope = domains.reduce(0) { $0 + $1.inScope }
        let answered = domains.reduce(0) { $0 + $1.answered }
        self.exact = score
        self.recommendations = recommendations
        self.result = TopicResult(
            id: questionnaire.id,
            version: questionnaire.version,
            title: questionnaire.title,
            topic: questionnaire.topic,
            method: questionnaire.scoring,
            scaleMax: questionnaire.maxLevel,
            score: score?.roundedToHundredths,
            weakestLink: domains.compactMap(\.weakestLink).min(),
            band: score.flatMap { band(for: $0, in: questionnaire.bands) },
            target: target.roundedToHundredths,
            gap: score.map { (target - $0).roundedToHundredths },
            completeness: percent(answered, of: inScope),
            targetsMet: domains.allSatisfy(\.met),
            domains: domains
        )
    }
}

/// Scores one domain by the questionnaire's method.
package struct DomainEvaluation {
    private(set) var result: DomainResult
    /// The domain score before rounding, for the topic mean.
    private(set) var exact: Fraction?
    /// The same as a `Double`.
    package var exactScore: Double? { exact?.doubleValue }
    private(set) var recommendations: [Recommendation] = []

    package init(questionnaire: Questionnaire, domain: Domain, answers: [String: Answer], targets: Targets, staleCutoff: Day, detailed: Bool,
         homes: [String: Question] = [:], bodyType: String? = nil) {
        // Opens the method's rule once, so the question loop runs specialised.
        self.init(rule: questionnaire.scoring.rule, questionnaire: questionnaire, domain: domain, answers: answers, targets: targets,
                  staleCutoff: staleCutoff, detailed: detailed, homes: homes, bodyType: bodyType)
    }

    private init<Rule: ScoringRule>(rule: Rule.Type, questionnaire: Questionnaire, domain: Domain, answers: [String: Answer], targets: Targets,
                                    staleCutoff: Day, detailed: Bool, homes: [String: Question], bodyType: String?) {
        let target = targets.level(for: domain)
        var questions: [QuestionResult] = []
        questions.reserveCapacity(domain.questions.count)
        for question in domain.questions {
            questions.append(QuestionEvaluation.evaluate(
                question, by: rule, in: domain, answer: answers[question.id], answers: answers,
                target: target, targets: targets, staleCutoff: staleCutoff, detailed: detailed,
                home: homes.isEmpty ? nil : homes[question.id], bodyType: bodyType))
        }
        // Indices of the questions that count in averages: answered or unanswered (not N/A,
        // not excluded, not showing another question's answer). Indices rather than copies
        // keep the hot loop of batch scoring light.
        let scored = questions.indices.filter { questions[$0].countsInScores && (questions[$0].status == .answered || questions[$0].status == .unanswered) }
        let domainScore = Rule.domainScore(of: domain, results: questions, scored: scored, target: target)
        let score = domainScore.score

        // Counted in place, without copying the results as a filter would.
        let inScope = questions.count { $0.countsInScores && $0.status != .excluded }
        let answered = questions.count { $0.countsInScores && ($0.status == .answered || $0.status == .notApplicable) }
        exact = score
        result = DomainResult(
            id: domain.id, title: domain.title, weight: domain.weight,
            score: score?.roundedToHundredths, weakestLink: domainScore.weakestLink,
            band: score.flatMap { band(for: $0, in: questionnaire.bands) },
            target: target, gap: score.map { (Fraction(target) - $0).roundedToHundredths }, met: domainScore.met,
            answered: answered, inScope: inScope, questions: questions)

        guard detailed else { return }
        recommendations = Recommendations.make(by: rule, for: domain, of: questionnaire, results: questions, scored: scored, target: target)
    }
}
