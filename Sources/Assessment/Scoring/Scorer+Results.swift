/// A body's scored results (topics with their domains and questions, recommendations and the
/// overall figures) without the report around them: no framework views, no digest. What a
/// store of many bodies' results needs, at a fraction of a report's cost.
package struct ScoredResults: Sendable, Equatable {
    /// The body as its answers file names it.
    package var body: Body
    /// The period assessed, e.g. 2026-27.
    package var period: String
    /// The assessment date.
    package var date: Day
    /// The target profile the targets came from, if one was chosen.
    package var profile: String?
    /// Overall figures across all topics.
    package var overall: OverallResult
    /// One result per questionnaire answered, in the library's order.
    package var topics: [TopicResult]
    /// Every question below its target, highest priority first.
    package var recommendations: [Recommendation]
    /// The questionnaires scored, with the versions and SHA-256 of the library's files.
    package var questionnaires: [Provenance.Source]
    /// SHA-256 of the answers file.
    package var answersSHA256: String
    /// The digest of the full report, when one was made (see `Report.digest`).
    package var digest: String?

    /// The results held in a full report.
    package init(_ report: Report) {
        self.init(body: report.body, period: report.period, date: report.date, profile: report.profile,
                  overall: report.overall, topics: report.topics, recommendations: report.recommendations,
                  questionnaires: report.provenance.questionnaires, answersSHA256: report.provenance.answersSHA256,
                  digest: report.digest)
    }

    package init(body: Body, period: String, date: Day, profile: String?, overall: OverallResult, topics: [TopicResult],
         recommendations: [Recommendation], questionnaires: [Provenance.Source], answersSHA256: String, digest: String?) {
        self.body = body
        self.period = period
        self.date = date
        self.profile = profile
        self.overall = overall
        self.topics = topics
        self.recommendations = recommendations
        self.questionnaires = questionnaires
        self.answersSHA256 = answersSHA256
        self.digest = digest
    }

    /// The scores alone, as batch summaries keep them.
    package var summary: ReportSummary {
        ReportSummary(body: body, period: period, overall: overall, topics: topics)
    }
}

extension Scorer {
    /// Validates and scores `answers` into results with questions and recommendations, the
    /// same numbers `score` puts in a report, leaving out framework views and the digest.
    package func results(_ answers: AnswersFile, file: String, answersSHA256: String, options: ScoringOptions = ScoringOptions()) throws(AssessmentError) -> ScoredResults {
        let (topics, recommendations, overall, _) = try evaluate(answers, file: file, options: options, detailed: true)
        return ScoredResults(body: answers.body, period: answers.period, date: answers.date,
                             profile: options.targets?.id ?? options.profileName,
                             overall: overall, topics: topics, recommendations: recommendations,
                             questionnaires: sources(of: answers), answersSHA256: answersSHA256, digest: nil)
    }

    /// The questionnaires `answers` names, with the library's versions and file digests.
    package func sources(of answers: AnswersFile) -> [Provenance.Source] {
        answers.questionnaires.compactMap { entry in
            library.sources[entry.id].map { Provenance.Source(id: entry.id, version: library.questionnaire(entry.id)?.version ?? entry.version, sha256: $0.sha256) }
        }
    }
}
