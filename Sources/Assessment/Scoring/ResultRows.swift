/// A body's scored results as a results store keeps them: flat lists of topic, domain and
/// question rows (questions in id order, the store's key order, each recommended one with its
/// rank), with the overall figures and provenance.
/// Made from a report's results (`init(_:)`) or straight from a plan's score
/// (`CompiledScore.rows(_:answersSHA256:)`); both give equal rows for the same answers.
package struct ResultRows: Sendable, Equatable {
    /// One questionnaire's scores.
    package struct Topic: Sendable, Equatable {
        package var id: String
        /// The questionnaire's topic, in words.
        package var topic: String
        package var version: String
        package var score: Double?
        package var weakestLink: Int?
        package var band: String?
        package var target: Double
        package var gap: Double?
        package var completeness: Double
        package var targetsMet: Bool
    }

    /// One domain's scores; `topic` is its topic's place in `topics`.
    package struct Domain: Sendable, Equatable {
        package var id: String
        package var topic: Int
        package var score: Double?
        package var weakestLink: Int?
        package var band: String?
        package var target: Int
        package var gap: Double?
        package var met: Bool
        package var answered: Int
        package var inScope: Int
    }

    /// One question's result; `domain` is its domain's place in `domains`. `answer` is the
    /// option chosen, or an outcome's status. A question the report recommends has its place
    /// among the recommendations (`rank`, from 1) and its `priority`; others have neither.
    package struct Question: Sendable, Equatable {
        package var id: String
        package var domain: Int
        package var status: QuestionStatus
        package var answer: String?
        package var level: Int?
        package var target: Int
        package var met: Bool?
        package var rank: Int? = nil
        package var priority: Double? = nil
    }

    package var body: Body
    package var period: String
    package var date: Day
    package var profile: String?
    package var overall: OverallResult
    /// Applicable questions left unanswered (those counted in scores).
    package var unanswered: Int
    package var questionnaires: [Provenance.Source]
    package var answersSHA256: String
    /// The digest of the full report, when one was made.
    package var digest: String?
    package var topics: [Topic]
    package var domains: [Domain]
    /// In id order.
    package var questions: [Question]

    /// The rows of a report's results.
    package init(_ r: ScoredResults) {
        body = r.body
        period = r.period
        date = r.date
        profile = r.profile
        overall = r.overall
        unanswered = r.summary.unanswered
        questionnaires = r.questionnaires
        answersSHA256 = r.answersSHA256
        digest = r.digest
        topics = []
        domains = []
        questions = []
        for t in r.topics {
            topics.append(Topic(id: t.id, topic: t.topic, version: t.version, score: t.score, weakestLink: t.weakestLink, band: t.band,
                                target: t.target, gap: t.gap, completeness: t.completeness, targetsMet: t.targetsMet))
            for d in t.domains {
                domains.append(Domain(id: d.id, topic: topics.count - 1, score: d.score, weakestLink: d.weakestLink, band: d.band,
                                      target: d.target, gap: d.gap, met: d.met, answered: d.answered, inScope: d.inScope))
                for q in d.questions {
                    questions.append(Question(id: q.id, domain: domains.count - 1, status: q.status, answer: q.answer ?? q.outcome?.status.rawValue,
                                              level: q.level, target: q.target, met: q.met))
                }
            }
        }
        let recommended = Dictionary(r.recommendations.map { ($0.question, $0) }, uniquingKeysWith: { a, _ in a })
        for i in questions.indices {
            guard let recommendation = recommended[questions[i].id] else { continue }
            questions[i].rank = recommendation.rank
            questions[i].priority = recommendation.priority
        }
        questions.sort { $0.id < $1.id }
    }

    package init(body: Body, period: String, date: Day, profile: String?, overall: OverallResult, unanswered: Int, questionnaires: [Provenance.Source],
         answersSHA256: String, topics: [Topic], domains: [Domain], questions: [Question]) {
        self.body = body
        self.period = period
        self.date = date
        self.profile = profile
        self.overall = overall
        self.unanswered = unanswered
        self.questionnaires = questionnaires
        self.answersSHA256 = answersSHA256
        self.digest = nil
        self.topics = topics
        self.domains = domains
        self.questions = questions
    }
}
