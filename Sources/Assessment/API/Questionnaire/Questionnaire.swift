import CyberYAML

/// A questionnaire: one topic of the guidance, split into weighted domains of questions.
public struct Questionnaire: Sendable, Equatable {
    public var id: String
    public var version: String
    public var title: String
    public var topic: String
    public var description: String?
    public var scoring: ScoringMethod
    public var scale: [ScaleLevel]
    public var target: Int
    public var bands: [Band]
    public var profiles: [TargetProfile]
    public var outcomeLevels: OutcomeLevels
    /// The questionnaire's own outcome decision table (`outcome_rules`); nil means `OutcomeRule`.
    public var outcomeRules: OutcomeDecisionTable?
    /// Where an imported questionnaire came from; nil for one written by hand.
    public var provenance: ImportProvenance?
    public var domains: [Domain]
    /// Where the questionnaire's mapping starts in its file.
    public var mark: Mark?

    /// The highest level on the scale.
    public var maxLevel: Int { scale.map(\.level).max() ?? 0 }

    /// Every question in document order.
    public var questions: [Question] { domains.flatMap(\.questions) }

    /// The name of a level on this questionnaire's scale.
    public func levelName(_ level: Int) -> String? { scale.first { $0.level == level }?.name }
}

/// How answers become levels. See the README's scoring rules.
public enum ScoringMethod: String, Sendable, Codable, CaseIterable {
    /// Each option stands for a level; domain score is the weighted mean.
    case graded
    /// Each question is a practice at a level; a domain reaches L when every practice up to L is met.
    case cumulative
    /// Each question is an outcome judged from indicator statements in three columns.
    case outcome
}

/// One level of a maturity scale.
public struct ScaleLevel: Sendable, Equatable, Codable {
    public var level: Int
    public var name: String
    public var description: String?
}

/// A named score range with inclusive bounds.
public struct Band: Sendable, Equatable, Codable {
    public var name: String
    public var from: Double
    public var to: Double

    public func contains(_ score: Double) -> Bool { score >= from && score <= to }
}

/// The three statuses of an outcome, in order.
public enum OutcomeStatus: String, Sendable, Codable, CaseIterable, Comparable {
    case notAchieved = "not-achieved"
    case partiallyAchieved = "partially-achieved"
    case achieved

    package var rank: Int {
        switch self {
        case .notAchieved: 0
        case .partiallyAchieved: 1
        case .achieved: 2
        }
    }

    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }

    /// "Not achieved", "Partially achieved", "Achieved".
    public var title: String {
        switch self {
        case .notAchieved: "Not achieved"
        case .partiallyAchieved: "Partially achieved"
        case .achieved: "Achieved"
        }
    }
}

/// The level each outcome status counts as in scores.
public struct OutcomeLevels: Sendable, Equatable, Codable {
    public var notAchieved: Int
    public var partiallyAchieved: Int
    public var achieved: Int

    public init(notAchieved: Int = 0, partiallyAchieved: Int = 3, achieved: Int = 5) {
        self.notAchieved = notAchieved
        self.partiallyAchieved = partiallyAchieved
        self.achieved = achieved
    }

    public subscript(status: OutcomeStatus) -> Int {
        switch status {
        case .notAchieved: notAchieved
        case .partiallyAchieved: partiallyAchieved
        case .achieved: achieved
        }
    }

    package enum CodingKeys: String, CodingKey, CaseIterable {
        case notAchieved = "not-achieved", partiallyAchieved = "partially-achieved", achieved
    }
}

/// A named set of targets: a level per domain, or a minimum status per outcome.
public struct TargetProfile: Sendable, Equatable, Codable {
    public var id: String
    public var title: String?
    public var description: String?
    public var domains: [String: Int]
    public var outcomes: [String: OutcomeStatus]

    public init(id: String, title: String? = nil, description: String? = nil, domains: [String: Int] = [:], outcomes: [String: OutcomeStatus] = [:]) {
        self.id = id
        self.title = title
        self.description = description
        self.domains = domains
        self.outcomes = outcomes
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        domains = try c.decodeIfPresent([String: Int].self, forKey: .domains) ?? [:]
        outcomes = try c.decodeIfPresent([String: OutcomeStatus].self, forKey: .outcomes) ?? [:]
    }
}

/// A weighted group of questions within a questionnaire.
public struct Domain: Sendable, Equatable {
    public var id: String
    public var title: String
    public var description: String?
    public var weight: Double
    public var target: Int?
    public var questions: [Question]
    public var mark: Mark?
}
