/// The scores of one body without the rest of a report: what batch scoring keeps per body.
public struct ReportSummary: Sendable, Equatable {
    public var body: Body
    public var period: String
    public var overall: OverallResult
    /// Topic scores by questionnaire id, in the library's order (nil when nothing applies).
    public var topics: [(id: String, score: Double?)]
    /// Domain scores by domain id, in questionnaire order.
    public var domains: [(id: String, score: Double?)]
    /// How many applicable questions are unanswered.
    public var unanswered: Int

    package init(body: Body, period: String, overall: OverallResult, topics: [TopicResult]) {
        self.body = body
        self.period = period
        self.overall = overall
        self.topics = topics.map { ($0.id, $0.score) }
        self.domains = topics.flatMap { $0.domains.map { ($0.id, $0.score) } }
        self.unanswered = topics.reduce(0) { sum, topic in
            // Counted in place: filtering would copy every question result of every body.
            sum + topic.domains.reduce(0) { $0 + $1.questions.count { $0.status == .unanswered && $0.countsInScores } }
        }
    }

    /// A summary from figures already worked out (`CompiledScore.summary`).
    package init(body: Body, period: String, overall: OverallResult, topics: [(id: String, score: Double?)], domains: [(id: String, score: Double?)], unanswered: Int) {
        self.body = body
        self.period = period
        self.overall = overall
        self.topics = topics
        self.domains = domains
        self.unanswered = unanswered
    }

    /// The summary of a full report.
    public init(_ report: Report) {
        self.init(body: report.body, period: report.period, overall: report.overall, topics: report.topics)
    }

    public static func == (a: ReportSummary, b: ReportSummary) -> Bool {
        a.body == b.body && a.period == b.period && a.overall == b.overall && a.unanswered == b.unanswered
            && a.topics.elementsEqual(b.topics) { $0.id == $1.id && $0.score == $1.score }
            && a.domains.elementsEqual(b.domains) { $0.id == $1.id && $0.score == $1.score }
    }
}
