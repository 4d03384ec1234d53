/// The headline figures that tell one council from another where the overall weakest link
/// cannot (one Not-achieved outcome anywhere makes it 0 for almost every body): how many
/// answered questions sit at level 0, which domain is weakest, and whether the report is still
/// a draft because too few questions are answered.
extension Report {
    /// The share of in-scope questions (in per cent) a report must have answered, justified N/A
    /// included, to be final; below it every format marks the report DRAFT.
    public static let draftCompletenessThreshold = 80.0

    /// Whether a report with this completeness is a draft.
    public static func isDraft(completeness: Double) -> Bool { completeness < draftCompletenessThreshold }

    /// Whether this report is a draft: its own `overall.draft` when it has one (reports from
    /// before the field was added do not), else worked out from its completeness.
    public var isDraft: Bool { overall.draft ?? Self.isDraft(completeness: overall.completeness) }

    /// Answered questions (not unanswered, not N/A) at level 0, across all topics, each fact once.
    public var levelZeroQuestions: Int { overall.levelZeroQuestions ?? Self.levelZeroQuestions(in: topics) }

    /// The domain with the lowest score relative to its scale among those with at least one
    /// answered question, first in report order on a tie.
    public var weakestDomain: WeakestDomain? { overall.weakestDomain ?? Self.weakestDomain(in: topics) }

    /// Answered questions at level 0 in `topics`, each fact once: a question showing another's
    /// answer (`same_as`) is not counted again.
    package static func levelZeroQuestions(in topics: [TopicResult]) -> Int {
        topics.reduce(0) { sum, topic in
            sum + topic.domains.reduce(0) { $0 + $1.questions.count { $0.status == .answered && $0.level == 0 && $0.countsInScores } }
        }
    }

    /// The scored domain of `topics` lowest on its topic's scale (score ÷ scale maximum), among
    /// domains with at least one answered question: a domain nobody has answered scores 0 from
    /// its unanswered questions alone, which says the work is not done, not that it is weakest.
    package static func weakestDomain(in topics: [TopicResult]) -> WeakestDomain? {
        var weakest: (share: Double, domain: WeakestDomain)?
        for topic in topics {
            for domain in topic.domains {
                guard let score = domain.score, topic.scaleMax > 0,
                      domain.questions.contains(where: { $0.status == .answered }) else { continue }
                let share = score / Double(topic.scaleMax)
                if weakest.map({ share < $0.share }) ?? true {
                    weakest = (share, WeakestDomain(topic: topic.id, id: domain.id, title: domain.title, score: score, scaleMax: topic.scaleMax))
                }
            }
        }
        return weakest?.domain
    }
}

/// The weakest domain of a report, named with its score.
public struct WeakestDomain: Sendable, Codable, Equatable {
    /// The questionnaire the domain belongs to.
    public var topic: String
    /// The domain's id.
    public var id: String
    /// The domain's title.
    public var title: String
    /// The domain's score.
    public var score: Double
    /// The top of the domain's scale.
    public var scaleMax: Int

    /// A domain and its score.
    public init(topic: String, id: String, title: String, score: Double, scaleMax: Int) {
        self.topic = topic
        self.id = id
        self.title = title
        self.score = score
        self.scaleMax = scaleMax
    }
}
