import Assessment
/// What changed between two reports of the same kind of assessment: the same body year on
/// year, a self-assessment against an auditor's, or a body against a peer. Built by
/// `Comparison.init(old:new:…)` (see ComparisonBuilder.swift); every list is in report order
/// so that the same two reports always give the same comparison.
package struct Comparison: Sendable, Codable, Equatable {
    /// The JSON schema name and version of a comparison.
    package static let currentSchema = "cyberassess.comparison/1"
    /// Below this share of questions in common a comparison is weak.
    package static let defaultWeakBelow = 0.8

    package var schema: String
    package var old: Side
    package var new: Side
    /// Whether the two sides are reports of different bodies (different body ids): the
    /// comparison still works, but shows two bodies side by side, not one body's change.
    package var differentBodies: Bool
    /// What a reader must know before trusting the figures (different bodies, a weak
    /// comparison), one sentence each; shown in every format and on stderr by `compare`.
    package var warnings: [String]
    /// How much of the two reports can be compared at all; shown first.
    package var comparability: Comparability
    package var overall: ScoreChange
    /// Topics matched by questionnaire id, in the new report's order, then those only in the old.
    package var topics: [TopicChange]
    /// Questions in both reports whose answer, status or level changed.
    package var changedQuestions: [QuestionChange]
    /// Questions only in the new report (e.g. added by a new questionnaire version).
    package var addedQuestions: [QuestionEntry]
    /// Questions only in the old report.
    package var removedQuestions: [QuestionEntry]
    /// Recommendations in the old report and not in the new one.
    package var resolvedRecommendations: [RecommendationEntry]
    /// Recommendations in the new report and not in the old one.
    package var newRecommendations: [RecommendationEntry]
    /// Questions in both reports whose evidence titles changed.
    package var evidenceChanges: [EvidenceChange]
    /// Like-for-like drops: a domain or topic score or weakest link down, or, in a domain whose
    /// questions changed, a question in both reports whose level went down.
    package var regressions: [Regression]
}

extension Comparison {
    /// One of the two reports compared.
    package struct Side: Sendable, Codable, Equatable {
        /// The file the report came from, as given.
        package var source: String
        /// What this side is called in every format: "Before" and "After", "Self-assessment"
        /// and "Assurance review", or what `compare --before-label/--after-label` said.
        package var label: String
        package var body: Body
        package var period: String
        package var assessor: String?
        package var date: Day
        package var profile: String?
        /// Questionnaire id and version of each topic.
        package var questionnaires: [QuestionnaireVersion]
        package var digest: String?
        /// Answered questions at level 0 in this side's report (see `Report.levelZeroQuestions`),
        /// which tells two reports apart where the overall weakest link (0 for most) cannot.
        package var levelZeroQuestions: Int?
        /// This side's weakest domain by name and score.
        package var weakestDomain: WeakestDomain?
    }

    /// The share of questions (by id) the two reports have in common.
    package struct Comparability: Sendable, Codable, Equatable {
        /// Questions in both reports.
        package var common: Int
        /// Questions only in the old report.
        package var onlyOld: Int
        /// Questions only in the new report.
        package var onlyNew: Int
        /// `common` as a share (0–1) of every question in either report.
        package var share: Double
        /// The share below which the comparison is weak.
        package var threshold: Double
        /// Whether `share` is below `threshold`.
        package var weak: Bool
        /// Questionnaires whose version differs, as "id old → new".
        package var versionChanges: [String]
    }

    /// Whether an item is in both reports or only one of them.
    package enum Presence: String, Sendable, Codable, Equatable {
        case both
        /// Only in the new report.
        case added
        /// Only in the old report.
        case removed
    }

    /// A score and weakest-link level before and after.
    package struct ScoreChange: Sendable, Codable, Equatable {
        package var oldScore: Double?
        package var newScore: Double?
        /// new − old, rounded to 2 places; nil unless both are scored.
        package var delta: Double?
        package var oldWeakestLink: Int?
        package var newWeakestLink: Int?
        package var oldBand: String?
        package var newBand: String?

        /// Whether the score went down.
        package var scoreDown: Bool { (delta ?? 0) < 0 }
        /// Whether the weakest-link level went down.
        package var weakestLinkDown: Bool {
            guard let o = oldWeakestLink, let n = newWeakestLink else { return false }
            return n < o
        }
    }

    /// One topic (questionnaire) in either report.
    package struct TopicChange: Sendable, Codable, Equatable {
        package var id: String
        package var title: String
        package var presence: Presence
        package var oldVersion: String?
        package var newVersion: String?
        /// The top of the topic's scale (the new report's, else the old one's), for charts.
        package var scaleMax: Int
        package var change: ScoreChange
        /// Whether both reports score it from the same question ids, so that the scores
        /// compare like for like.
        package var likeForLike: Bool
        package var domains: [DomainChange]
    }

    /// One domain in either report.
    package struct DomainChange: Sendable, Codable, Equatable {
        package var id: String
        package var title: String
        package var presence: Presence
        package var change: ScoreChange
        package var oldTarget: Int?
        package var newTarget: Int?
        /// Whether both reports score it from the same question ids.
        package var likeForLike: Bool
        /// Question ids only in the new report's domain.
        package var questionsAdded: [String]
        /// Question ids only in the old report's domain.
        package var questionsRemoved: [String]
    }

    /// How one question was answered in one report.
    package struct QuestionState: Sendable, Codable, Equatable {
        package var status: QuestionStatus
        package var answer: String?
        package var label: String?
        package var level: Int?
        /// The outcome status of an outcome question.
        package var outcome: OutcomeStatus?
        package var comment: String?
    }

    /// A question whose answer, status or level changed.
    package struct QuestionChange: Sendable, Codable, Equatable {
        package var id: String
        package var text: String
        package var topic: String
        package var domain: String
        package var old: QuestionState
        package var new: QuestionState
        /// Level new − old; nil unless both have a level.
        package var levelDelta: Int?
    }

    /// A question present in only one report.
    package struct QuestionEntry: Sendable, Codable, Equatable {
        package var id: String
        package var text: String
        package var topic: String
        package var domain: String
        package var state: QuestionState
    }

    /// A recommendation present in only one report.
    package struct RecommendationEntry: Sendable, Codable, Equatable {
        package var question: String
        package var questionText: String
        package var topic: String
        package var domain: String
        package var level: Int
        package var target: Int
        package var text: String
        /// Whether the question itself is in both reports; when false the recommendation
        /// came or went with the question (added or removed), not with a change of answer.
        package var questionInBoth: Bool
    }

    /// Evidence titles added and removed for a question in both reports.
    package struct EvidenceChange: Sendable, Codable, Equatable {
        package var question: String
        package var topic: String
        package var domain: String
        package var added: [String]
        package var removed: [String]
    }

    /// A like-for-like drop.
    package struct Regression: Sendable, Codable, Equatable, CustomStringConvertible {
        package enum Kind: String, Sendable, Codable, Equatable {
            case topicScore = "topic-score"
            case topicWeakestLink = "topic-weakest-link"
            case domainScore = "domain-score"
            case domainWeakestLink = "domain-weakest-link"
            /// A question's level down in a domain whose questions changed.
            case questionLevel = "question-level"
        }

        package var kind: Kind
        package var topic: String
        /// The domain, for every kind but the topic ones.
        package var domain: String?
        /// The domain's (or topic's) title.
        package var title: String
        /// The question, for `questionLevel`.
        package var question: String?
        package var old: Double
        package var new: Double

        /// e.g. "RES-REC (Response and recovery): domain score 3.50 → 2.33".
        package var description: String {
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
    package func domainDrops(exceeding threshold: Double) -> [(topic: String, domain: DomainChange)] {
        topics.flatMap { topic in
            topic.domains.filter { d in
                d.presence == .both && d.likeForLike && (d.change.delta.map { -$0 > threshold + 1e-9 } ?? false)
            }.map { (topic.id, $0) }
        }
    }
}
