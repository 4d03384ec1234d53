import Assessment

/// The words every report format uses for the headline figures that replace the overall
/// weakest link (level-0 answers, the weakest domain), the DRAFT mark, and the per-topic top
/// recommendations, so text, HTML, Markdown and CSV say the same thing.
enum Headline {
    /// How many recommendations each topic's "top recommendations" list shows.
    static let recommendationsPerTopic = 3

    /// How many recommendations the overall "top recommendations" list shows.
    static let recommendationsOverall = 5

    /// `DRAFT: 45% of the questions in scope are answered; a report is final from 80%.`
    static func draftNote(_ report: Report) -> String {
        "DRAFT: \(Format.percent(report.overall.completeness)) of the questions in scope are answered; a report is final from \(Format.percent(Report.draftCompletenessThreshold))."
    }

    /// "draft" or "final", for a CSV column.
    static func status(_ report: Report) -> String { report.isDraft ? "draft" : "final" }

    /// The weakest domain's title, or "—" when no domain has a score.
    static func weakestDomainTitle(_ report: Report) -> String {
        report.weakestDomain.map { stripControls($0.title) } ?? Format.none
    }

    /// The weakest domain's score on its scale, `1.15 / 5`, or "—".
    static func weakestDomainScore(_ report: Report) -> String {
        report.weakestDomain.map { "\(Format.score($0.score)) / \($0.scaleMax)" } ?? Format.none
    }

    /// `Supply chain security (1.15 / 5)`, or "—".
    static func weakestDomainText(_ report: Report) -> String {
        report.weakestDomain == nil ? Format.none : weakestDomainTitle(report) + " (" + weakestDomainScore(report) + ")"
    }

    /// Whether a report lists top recommendations per topic: only with more than one topic
    /// (with one, the list would repeat the overall one) and something to recommend.
    static func hasTopicRecommendations(_ report: Report) -> Bool {
        report.topics.count > 1 && !report.recommendations.isEmpty
    }

    /// The topic's highest-priority recommendations.
    static func topRecommendations(_ report: Report, topic: TopicResult) -> [Recommendation] {
        Array(report.recommendations.lazy.filter { $0.topic == topic.id }.prefix(recommendationsPerTopic))
    }

    /// How many of a domain's questions in scope are unanswered.
    static func unanswered(_ domain: DomainResult) -> Int { max(0, domain.inScope - domain.answered) }
}
