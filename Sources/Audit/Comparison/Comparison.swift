import Assessment
/// What changed between two reports of the same kind of assessment: the same body year on
/// year, a self-assessment against an auditor's, or a body against a peer. Built by
/// `Comparison.init(old:new:…)` (see ComparisonBuilder.swift); every list is in report order
/// so that the same two reports always give the same comparison.
public struct Comparison: Sendable, Codable, Equatable {
    /// The JSON schema name and version of a comparison.
    public static let currentSchema = "cyberassess.comparison/1"
    /// Below this share of questions in common a comparison is weak.
    public static let defaultWeakBelow = 0.8

    public var schema: String
    public var old: Side
    public var new: Side
    /// Whether the two sides are reports of different bodies (different body ids): the
    /// comparison still works, but shows two bodies side by side, not one body's change.
    public var differentBodies: Bool
    /// What a reader must know before trusting the figures (different bodies, a weak
    /// comparison), one sentence each; shown in every format and on stderr by `compare`.
    public var warnings: [String]
    /// How much of the two reports can be compared at all; shown first.
    public var comparability: Comparability
    public var overall: ScoreChange
    /// Topics matched by questionnaire id, in the new report's order, then those only in the old.
    public var topics: [TopicChange]
    /// Questions in both reports whose answer, status or level changed.
    public var changedQuestions: [QuestionChange]
    /// Questions only in the new report (e.g. added by a new questionnaire version).
    public var addedQuestions: [QuestionEntry]
    /// Questions only in the old report.
    public var removedQuestions: [QuestionEntry]
    /// Recommendations in the old report and not in the new one.
    public var resolvedRecommendations: [RecommendationEntry]
    /// Recommendations in the new report and not in the old one.
    public var newRecommendations: [RecommendationEntry]
    /// Questions in both reports whose evidence titles changed.
    public var evidenceChanges: [EvidenceChange]
    /// Like-for-like drops: a domain or topic score or weakest link down, or, in a domain whose
    /// questions changed, a question in both reports whose level went down.
    public var regressions: [Regression]
}

extension Comparison {
    /// One of the two reports compared.
    public struct Side: Sendable, Codable, Equatable {
        /// The file the report came from, as given.
        public var source: String
        /// What this side is called in every format: "Before" and "After", "Self-assessment"
        /// and "Assurance review", or what `compare --before-label/--after-label` said.
        public var label: String
        public var body: Body
        public var period: String
        public var assessor: String?
        public var date: Day
        public var profile: String?
        /// Questionnaire id and version of each topic.
        public var questionnaires: [QuestionnaireVersion]
        public var digest: String?
        /// Answered questions at level 0 in this side's report (see `Report.levelZeroQuestions`),
        /// which tells two reports apart where the overall weakest link (0 for most) cannot.
        public var levelZeroQuestions: Int?
        /// This side's weakest domain by name and score.
        public var weakestDomain: WeakestDomain?
    }

    /// The share of questions (by id) the two reports have in common.
    public struct Comparability: Sendable, Codable, Equatable {
        /// Questions in both reports.
        public var common: Int
        /// Questions only in the old report.
        public var onlyOld: Int
        /// Questions only in the new report.
        public var onlyNew: Int
        /// `common` as a share (0–1) of every question in either report.
        public var share: Double
        /// The share below which the comparison is weak.
        public var threshold: Double
        /// Whether `share` is below `threshold`.
        public var weak: Bool
        /// Questionnaires whose version differs, as "id old → new".
        public var versionChanges: [String]
    }

    /// Whether an item is in both reports or only one of them.
    public enum Presence: String, Sendable, Codable, Equatable {
        case both
        /// Only in the new report.
        case added
        /// Only in the old report.
        case removed
    }

    /// A score and weakest-link level before and after.
    public struct ScoreChange: Sendable, Codable, Equatable {
        public var oldScore: Double?
        public var newScore: Double?
        /// new − old, rounded to 2 places; nil unless both are scored.
        public var delta: Double?
        public var oldWeakestLink: Int?
        public var newWeakestLink: Int?
        public var oldBand: String?
        public var newBand: String?

        /// Whether the score went down.
        public var scoreDown: Bool { (delta ?? 0) < 0 }
        /// Whether the weakest-link level went down.
        public var weakestLinkDown: Bool {
            guard let o = oldWeakestLink, let n = newWeakestLink else { return false }
            return n < o
        }
    }

    /// One topic (questionnaire) in either report.
    public struct TopicChange: Sendable, Codable, Equatable {
        public var id: String
        public var title: String
        public var presence: Presence
        public var oldVersion: String?
        public var newVersion: String?
        /// The top of the topic's scale (the new report's, else the old one's), for charts.
        public var scaleMax: Int
        public var change: ScoreChange
        /// Whether both reports score it from the same question ids, so that the scores
        /// compare like for like.
        public var likeForLike: Bool
        public var domains: [DomainChange]
    }

    /// One domain in either report.
    public struct DomainChange: Sendable, Codable, Equatable {
        public var id: String
        public var title: String
        public var presence: Presence
        public var change: ScoreChange
        public var oldTarget: Int?
        public var newTarget: Int?
        /// Whether both reports score it from the same question ids.
        public var likeForLike: Bool
        /// Question ids only in the new report's domain.
        public var questionsAdded: [String]
        /// Question ids only in the old report's domain.
        public var questionsRemoved: [String]
    }

    /// How one question was answered in one report.
    public struct QuestionState: Sendable, Codable, Equatable {
        public var status: QuestionStatus
        public var answer: String?
        public var label: String?
        public var level: Int?
        /// The outcome status of an outcome question.
        public var outcome: OutcomeStatus?
        public var comment: String?
    }

    /// A question whose answer, status or level changed.
    public struct QuestionChange: Sendable, Codable, Equatable {
        public var id: String
        public var text: String
        public var topic: String
        public var domain: String
        public var old: QuestionState
        public var new: QuestionState
        /// Level new − old; nil unless both have a level.
        public var levelDelta: Int?
    }

    /// A question present in only one report.
    public struct QuestionEntry: Sendable, Codable, Equatable {
        public var id: String
        public var text: String
        public var topic: String
        public var domain: String
        public var state: QuestionState
    }

    /// A recommendation present in only one report.
    public struct RecommendationEntry: Sendable, Codable, Equatable {
        public var question: String
        public var questionText: String
        public var topic: String
        public var domain: String
        public var level: Int
        public var target: Int
        public var text: String
        /// Whether the question itself is in both reports; when false the recommendation
        /// came or went with the question (added or removed), not with a change of answer.
        public var questionInBoth: Bool
    }

    /// Evidence titles added and removed for a question in both reports.
    public struct EvidenceChange: Sendable, Codable, Equatable {
        public var question: String
        public var topic: String
        public var domain: String
        public var added: [String]
        public var removed: [String]
    }

    /// A like-for-like drop.
    public struct Regression: Sendable, Codable, Equatable, CustomStringConvertible {
        public enum Kind: String, Sendable, Codable, Equatable {
            case topicScore = "topic-score"
            case topicWeakestLink = "topic-weakest-link"
            case domainScore = "domain-score"
            case domainWeakestLink = "domain-weakest-link"
            /// A question's level down in a domain whose questions changed.
            case questionLevel = "question-level"
        }

        public var kind: Kind
        public var topic: String
        /// The domain, for every kind but the topic ones.
        public var domain: String?
        /// The domain's (or topic's) title.
        public var title: String
        /// The question, for `questionLevel`.
        public var question: String?
        public var old: Double
        public var new: Double

        /// e.g. "RES-REC (Response and recovery): domain score 3.50 → 2.33".
        public var description: String {
            let what: String
            switch kind {
            case .topicScore: what = "topic score \(DecimalText.twoPlaces(old)) → \(DecimalText.twoPlaces(new))"
            case .topicWeakestLink: what = "topic weakest link \(Int(old)) → \(Int(new))"
            case .domainScore: what = "domain score \(DecimalText.twoPlaces(old)) → \(DecimalText.twoPlaces(new))"
            case .domainWeakestLink: what = "domain weakest link \(Int(old)) → \(Int(new))"
            case .questionLevel: what = "question \(question ?? "") level \(Int(old)) → \(Int(new))"
            }
            return "\(domain ?? topic) (\(title)): \(what)"
        }
    }

    /// Domains in both reports, like for like, whose score fell by more than `threshold`.
    public func domainDrops(exceeding threshold: Double) -> [(topic: String, domain: DomainChange)] {
        topics.flatMap { topic in
            topic.domains.filter { d in
                d.presence == .both && d.likeForLike && (d.change.delta.map { -$0 > threshold + 1e-9 } ?? false)
            }.map { (topic.id, $0) }
        }
    }
}
