import CyberYAML

/// Turns a body's answers into a maturity report. See the README's scoring rules.
public struct Scorer: Sendable {
    public let library: Library
    /// The library's framework catalogues laid out for reports' framework views.
    package let frameworks: FrameworkIndex

    public init(library: Library) {
        self.library = library
        frameworks = FrameworkIndex(library: library)
    }

    /// Validates and scores `answers`. Throws `.invalid` with every problem when the answers
    /// do not fit the library; nothing is scored from invalid answers.
    public func score(_ answers: AnswersFile, file: String, answersSHA256: String, options: ScoringOptions = ScoringOptions()) throws(AssessmentError) -> Report {
        try unsealedReport(answers, file: file, answersSHA256: answersSHA256, options: options).sealed()
    }

    /// Like `score`, without the digest: for a caller that seals the report itself, e.g. with
    /// `Report.sealedWithJSON()` to get the digest and the JSON from one encoding pass.
    public func unsealedReport(_ answers: AnswersFile, file: String, answersSHA256: String, options: ScoringOptions = ScoringOptions()) throws(AssessmentError) -> Report {
        let (topics, recommendations, overall, cutoff) = try evaluate(answers, file: file, options: options, detailed: true)
        let questions = topics.flatMap { $0.domains.flatMap(\.questions) }
        let report = Report(
            schema: Report.currentSchema,
            body: answers.body,
            period: answers.period,
            assessor: answers.assessor,
            date: answers.date,
            profile: options.targets?.id ?? options.profileName,
            overall: overall,
            topics: topics,
            recommendations: recommendations,
            frameworks: frameworks.views(for: topics),
            unanswered: topics.flatMap { topic in topic.domains.flatMap { domain in
                domain.questions.filter { $0.status == .unanswered && $0.countsInScores }.map { QuestionRef(id: $0.id, text: $0.text, topic: topic.id, domain: domain.id) }
            } },
            notApplicable: questions.filter { $0.status == .notApplicable && $0.countsInScores }.map { NotApplicableItem(id: $0.id, text: $0.text, justification: $0.justification ?? "") },
            staleEvidence: questions.flatMap { q in q.evidence.filter(\.stale).compactMap { e in e.date.map { StaleEvidence(question: q.id, title: e.title, date: $0, cutoff: cutoff) } } },
            peers: nil,
            provenance: Provenance(
                tool: "cyberassess",
                toolVersion: toolVersion,
                questionnaires: sources(of: answers),
                answersSHA256: answersSHA256,
                targetsSHA256: options.targetsSHA256,
                generatedAt: options.generatedAt,
                staleAfterMonths: options.staleAfterMonths,
                library: options.library
            ),
            digest: nil
        )
        return report
    }

    /// Validates and scores `answers` for the scores alone, leaving out everything a report
    /// shows beside them (evidence, references, recommendations, framework views, digest).
    /// The numbers are those `score` gives; batch scoring uses this when it writes no reports.
    public func summarise(_ answers: AnswersFile, file: String, options: ScoringOptions = ScoringOptions()) throws(AssessmentError) -> ReportSummary {
        let (topics, _, overall, _) = try evaluate(answers, file: file, options: options, detailed: false)
        return ReportSummary(body: answers.body, period: answers.period, overall: overall, topics: topics)
    }

    /// Checks the answers, then scores each questionnaire and the whole.
    package func evaluate(_ answers: AnswersFile, file: String, options: ScoringOptions, detailed: Bool) throws(AssessmentError)
        -> (topics: [TopicResult], recommendations: [Recommendation], overall: OverallResult, cutoff: Day) {
        let problems = AnswersValidator(library: library).validate(answers, file: file)
        guard problems.isEmpty else { throw .invalid(problems) }
        if let name = options.profileName, !library.hasProfile(name) {
            throw .unknownProfile(name, available: library.profileIDs)
        }

        var byQuestion: [String: Answer] = [:]
        byQuestion.reserveCapacity(answers.answers.count)
        for answer in answers.answers { byQuestion[answer.questionID] = answer }
        let cutoff = answers.date.subtracting(months: options.staleAfterMonths)

        var topics: [TopicResult] = []
        var recommendations: [Recommendation] = []
        var topicScores = ExactWeightedMean()
        var weights: [String: Double] = [:]
        let answeredIDs = Set(answers.questionnaires.map(\.id))
        let homes = library.homes(assessing: answers.questionnaires.map(\.id))
        for questionnaire in Self.ordered(library.questionnaires.filter { answeredIDs.contains($0.id) }, by: options.topicOrder) {
            let evaluation = TopicEvaluation(questionnaire: questionnaire, answers: byQuestion, targets: Targets(questionnaire: questionnaire, options: options),
                                             staleCutoff: cutoff, detailed: detailed, homes: homes, bodyType: answers.body.type)
            topics.append(evaluation.result)
            recommendations += evaluation.recommendations
            let weight = options.topicWeights[questionnaire.id] ?? 1
            weights[questionnaire.id] = weight
            if let score = evaluation.exact { topicScores.add(score, weight: weight) }
        }

        Recommendations.rank(&recommendations)

        var inScope = 0, answered = 0
        for topic in topics {
            for domain in topic.domains {
                inScope += domain.inScope
                answered += domain.answered
            }
        }
        let overallScore = topicScores.mean
        // The overall score gets a band only when every questionnaire answered uses the same bands.
        let bandLists = answers.questionnaires.compactMap { library.questionnaire($0.id)?.bands }
        let sharedBands = bandLists.allSatisfy { $0 == bandLists.first } ? bandLists.first ?? [] : []

        let overall = OverallResult(
            score: overallScore?.roundedToHundredths,
            weakestLink: topics.compactMap(\.weakestLink).min(),
            band: overallScore.flatMap { band(for: $0, in: sharedBands) },
            completeness: percent(answered, of: inScope),
            answered: answered,
            inScope: inScope,
            targetsMet: topics.allSatisfy(\.targetsMet),
            topicWeights: weights,
            levelZeroQuestions: Report.levelZeroQuestions(in: topics),
            weakestDomain: Report.weakestDomain(in: topics),
            draft: Report.isDraft(completeness: percent(answered, of: inScope))
        )
        return (topics, recommendations, overall, cutoff)
    }
}

extension Scorer {
    /// The questionnaires answered in the library's order, or in `order` (ids) where given;
    /// those `order` does not name come after, in the library's order.
    package static func ordered(_ answered: [Questionnaire], by order: [String]?) -> [Questionnaire] {
        let rank = Dictionary((order ?? []).enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        return answered.enumerated().sorted { a, b in
            (rank[a.element.id] ?? Int.max, a.offset) < (rank[b.element.id] ?? Int.max, b.offset)
        }.map(\.element)
    }
}

/// A value already near two decimals (a difference of rounded scores) tidied to two decimals,
/// half away from zero. Scores themselves are rounded exactly by `Fraction.roundedToHundredths`.
package func round2(_ value: Double) -> Double { (value * 100).rounded() / 100 }

/// `part` as a percentage of `whole` to two decimals (100 when `whole` is 0), rounded exactly:
/// the one rule for completeness, which both scorers call. Worked in 128 bits without
/// allocating, and in `Fraction`s only past them.
package func percent(_ part: Int, of whole: Int) -> Double {
    guard whole != 0 else { return 100 }
    if let share = Ratio(Int128(part) * 100, Int128(whole)), let rounded = share.roundedToHundredths { return rounded }
    guard let share = Fraction(part * 100) / Fraction(whole) else { return 100 }
    return share.roundedToHundredths
}

/// The band holding `score` once rounded for the report, as bands apply to the rounded score.
package func band(for score: Fraction, in bands: [Band]) -> String? {
    band(forRounded: score.roundedToHundredths, in: bands)
}

/// The band holding a score already rounded to two decimals: the first whose inclusive
/// bounds hold it. The one rule for bands, which both scorers call.
package func band(forRounded rounded: Double, in bands: [Band]) -> String? {
    bands.first { $0.contains(rounded) }?.name
}

extension Scorer {
    /// Reads, checks and scores one answers file.
    public func score(file path: String, options: ScoringOptions = ScoringOptions(), limits: LoaderLimits = .default) throws(AssessmentError) -> Report {
        let source = try SourceFile.read(path, limits: limits)
        let answers = try Self.decodeAnswers(source, limits: limits)
        return try score(answers, file: path, answersSHA256: source.sha256, options: options)
    }

    /// Parses an answers file, refusing other kinds of YAML file with a clear message.
    package static func decodeAnswers(_ source: SourceFile, limits: LoaderLimits = .default) throws(AssessmentError) -> AnswersFile {
        try source.decodeAnswers(limits: limits).answers
    }
}
