/// Scores one questionnaire's domains from a body's answers.
struct TopicEvaluation {
    let questionnaire: Questionnaire
    let targets: Targets
    /// The topic result, with scores rounded for the report.
    private(set) var result: TopicResult
    /// The topic score before rounding, for the overall mean.
    private(set) var exactScore: Double?
    private(set) var recommendations: [Recommendation] = []

    /// `detailed: false` computes the scores only: no evidence, references or recommendations.
    init(questionnaire: Questionnaire, answers: [String: Answer], targets: Targets, staleCutoff: Day, detailed: Bool = true) {
        self.questionnaire = questionnaire
        self.targets = targets
        var domains: [DomainResult] = []
        var domainScores: [(score: Double, weight: Double)] = []
        var domainTargets: [(score: Double, weight: Double)] = []
        var recommendations: [Recommendation] = []
        for domain in questionnaire.domains {
            let evaluation = DomainEvaluation(questionnaire: questionnaire, domain: domain, answers: answers, targets: targets, staleCutoff: staleCutoff, detailed: detailed)
            domains.append(evaluation.result)
            recommendations += evaluation.recommendations
            if let score = evaluation.exactScore {
                domainScores.append((score, domain.weight))
                domainTargets.append((Double(evaluation.result.target), domain.weight))
            }
        }
        let score = weightedMean(domainScores)
        let target = weightedMean(domainTargets) ?? Double(questionnaire.target)
        let inScope = domains.reduce(0) { $0 + $1.inScope }
        let answered = domains.reduce(0) { $0 + $1.answered }
        self.exactScore = score
        self.recommendations = recommendations
        self.result = TopicResult(
            id: questionnaire.id,
            version: questionnaire.version,
            title: questionnaire.title,
            topic: questionnaire.topic,
            method: questionnaire.scoring,
            scaleMax: questionnaire.maxLevel,
            score: score.map(round2),
            weakestLink: domains.compactMap(\.weakestLink).min(),
            band: score.flatMap { band(for: $0, in: questionnaire.bands) },
            target: round2(target),
            gap: score.map { round2(target - $0) },
            completeness: percent(answered, of: inScope),
            targetsMet: domains.allSatisfy(\.met),
            domains: domains
        )
    }
}

/// Scores one domain by the questionnaire's method.
struct DomainEvaluation {
    private(set) var result: DomainResult
    private(set) var exactScore: Double?
    private(set) var recommendations: [Recommendation] = []

    init(questionnaire: Questionnaire, domain: Domain, answers: [String: Answer], targets: Targets, staleCutoff: Day, detailed: Bool) {
        let target = targets.level(for: domain)
        var questions: [QuestionResult] = []
        for question in domain.questions {
            questions.append(QuestionEvaluation.evaluate(
                question, in: domain, of: questionnaire, answer: answers[question.id], answers: answers,
                target: target, targets: targets, staleCutoff: staleCutoff, detailed: detailed))
        }
        // Indices of the questions that count in averages: answered or unanswered (not N/A,
        // not excluded). Indices rather than copies keep the hot loop of batch scoring light.
        let scored = questions.indices.filter { questions[$0].status == .answered || questions[$0].status == .unanswered }

        let score: Double?
        let weakest: Int?
        let met: Bool
        switch questionnaire.scoring {
        case .graded, .outcome:
            var total = 0.0, weights = 0.0
            var lowest: Int?
            var allMet = true
            for i in scored {
                let level = questions[i].level ?? 0
                let weight = domain.questions[i].weight
                total += Double(level) * weight
                weights += weight
                lowest = min(lowest ?? level, level)
                if questions[i].met != true { allMet = false }
            }
            score = weights > 0 ? total / weights : nil
            weakest = lowest
            met = questionnaire.scoring == .outcome ? allMet : (score.map { round2($0) >= Double(target) } ?? true)
        case .cumulative:
            // A practice's result level equals its practice level exactly when it is met.
            var highest = 0
            var unmetLevels: Set<Int> = []
            for i in scored {
                let practice = domain.questions[i].practiceLevel ?? 1
                highest = max(highest, practice)
                if (questions[i].level ?? 0) < practice { unmetLevels.insert(practice) }
            }
            if scored.isEmpty {
                score = nil
                weakest = nil
            } else {
                var reached = 0
                for level in 1...max(1, highest) {
                    guard !unmetLevels.contains(level) else { break }
                    reached = level
                }
                score = Double(reached)
                weakest = reached
            }
            met = score.map { $0 >= Double(target) } ?? true
        }

        let inScope = questions.filter { $0.status != .excluded }.count
        let answered = questions.filter { $0.status == .answered || $0.status == .notApplicable }.count
        exactScore = score
        result = DomainResult(
            id: domain.id, title: domain.title, weight: domain.weight,
            score: score.map(round2), weakestLink: weakest,
            band: score.flatMap { band(for: $0, in: questionnaire.bands) },
            target: target, gap: score.map { round2(Double(target) - $0) }, met: met,
            answered: answered, inScope: inScope, questions: questions)

        guard detailed else { return }
        for i in scored {
            let question = domain.questions[i], outcome = questions[i]
            let level = outcome.level ?? 0
            let priority: Double
            switch questionnaire.scoring {
            case .graded, .outcome:
                guard level < outcome.target else { continue }
                priority = question.weight * domain.weight * Double(outcome.target - level)
            case .cumulative:
                guard outcome.met == false, let practice = question.practiceLevel, practice <= target else { continue }
                priority = question.weight * domain.weight * Double(target - practice + 1)
            }
            recommendations.append(Recommendation(
                rank: 0, question: question.id, questionText: question.text, topic: questionnaire.id, domain: domain.id,
                priority: round2(priority), level: level, target: outcome.target,
                text: question.recommendation ?? "Raise this to level \(outcome.target) (\(questionnaire.levelName(outcome.target) ?? "target")): \(question.text)",
                references: outcome.references, evidence: question.evidence))
        }
    }
}
