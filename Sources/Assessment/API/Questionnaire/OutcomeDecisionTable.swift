import CyberYAML

/// A questionnaire's own rules for deciding an outcome's status from the indicators agreed,
/// written as data (`outcome_rules:`). When a questionnaire has one it decides every outcome;
/// when it has none, `OutcomeRule` applies.
///
/// Each column of indicators is summarised as how many of its statements are agreed: `none`
/// (including a column with no statements), `some` or `all`. Rules are tried in order and the
/// first whose three patterns match decides; a pattern of `any` matches every count.
public struct OutcomeDecisionTable: Sendable, Equatable {
    /// The rules in the order they are tried.
    public var rules: [OutcomeDecisionRule]

    /// A table of rules, tried in order.
    public init(rules: [OutcomeDecisionRule]) { self.rules = rules }

    /// The status the first matching rule gives, with the reason shown in reports, or nil
    /// when no rule matches (`validate` reports tables that leave a combination uncovered).
    public func decide(_ indicators: Indicators, agreed: [String]) -> (status: OutcomeStatus, decidedBy: String)? {
        let agreed = Set(agreed)
        let counts = IndicatorCounts(
            achieved: .of(indicators.achieved, agreed: agreed),
            partiallyAchieved: .of(indicators.partiallyAchieved, agreed: agreed),
            notAchieved: .of(indicators.notAchieved, agreed: agreed))
        guard let rule = rules.first(where: { $0.matches(counts) }) else { return nil }
        return (rule.status, rule.reason ?? "outcome rules: \(counts)")
    }

    /// Every combination of counts that no rule matches, in a fixed order.
    public var uncovered: [IndicatorCounts] {
        IndicatorCounts.all.filter { counts in !rules.contains { $0.matches(counts) } }
    }
}

/// How many statements of one column are agreed.
public enum IndicatorCount: String, Sendable, Equatable, CaseIterable, Decodable {
    case none, some, all

    /// The count for a column given the agreed ids; an empty column counts as `none`.
    package static func of(_ column: [Indicator], agreed: Set<String>) -> IndicatorCount {
        let n = column.filter { agreed.contains($0.id) }.count
        if n == 0 { return .none }
        return n == column.count ? .all : .some
    }
}

/// A pattern on one column's count: one count, or `any`.
public enum IndicatorCountPattern: String, Sendable, Equatable, Decodable {
    case none, some, all, any

    /// Whether `count` fits the pattern.
    public func matches(_ count: IndicatorCount) -> Bool { self == .any || rawValue == count.rawValue }
}

/// The counts of the three columns for one answer.
public struct IndicatorCounts: Sendable, Equatable, CustomStringConvertible {
    public var achieved: IndicatorCount
    public var partiallyAchieved: IndicatorCount
    public var notAchieved: IndicatorCount

    /// The counts of the three columns.
    public init(achieved: IndicatorCount, partiallyAchieved: IndicatorCount, notAchieved: IndicatorCount) {
        self.achieved = achieved
        self.partiallyAchieved = partiallyAchieved
        self.notAchieved = notAchieved
    }

    /// All 27 combinations, achieved varying slowest.
    public static let all: [IndicatorCounts] = IndicatorCount.allCases.flatMap { a in
        IndicatorCount.allCases.flatMap { p in IndicatorCount.allCases.map { n in IndicatorCounts(achieved: a, partiallyAchieved: p, notAchieved: n) } }
    }

    /// "achieved all, partially achieved none, not achieved some".
    public var description: String {
        "achieved \(achieved.rawValue), partially achieved \(partiallyAchieved.rawValue), not achieved \(notAchieved.rawValue)"
    }
}

/// One row of an outcome decision table.
public struct OutcomeDecisionRule: Sendable, Equatable {
    public var achieved: IndicatorCountPattern
    public var partiallyAchieved: IndicatorCountPattern
    public var notAchieved: IndicatorCountPattern
    /// The status this row gives.
    public var status: OutcomeStatus
    /// Why, in words shown in reports ("decided by"); a description of the counts when absent.
    public var reason: String?
    /// Where the row is written.
    public var mark: Mark?

    /// A row of the table.
    public init(achieved: IndicatorCountPattern, partiallyAchieved: IndicatorCountPattern, notAchieved: IndicatorCountPattern, status: OutcomeStatus, reason: String? = nil, mark: Mark? = nil) {
        self.achieved = achieved
        self.partiallyAchieved = partiallyAchieved
        self.notAchieved = notAchieved
        self.status = status
        self.reason = reason
        self.mark = mark
    }

    /// Whether all three patterns match.
    public func matches(_ counts: IndicatorCounts) -> Bool {
        achieved.matches(counts.achieved) && partiallyAchieved.matches(counts.partiallyAchieved) && notAchieved.matches(counts.notAchieved)
    }
}

extension OutcomeDecisionRule: Decodable {
    package enum CodingKeys: String, CodingKey, CaseIterable {
        case achieved, status, reason
        case partiallyAchieved = "partially_achieved", notAchieved = "not_achieved"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        achieved = try c.decode(IndicatorCountPattern.self, forKey: .achieved)
        partiallyAchieved = try c.decode(IndicatorCountPattern.self, forKey: .partiallyAchieved)
        notAchieved = try c.decode(IndicatorCountPattern.self, forKey: .notAchieved)
        status = try c.decode(OutcomeStatus.self, forKey: .status)
        reason = try c.decodeIfPresent(String.self, forKey: .reason)
        mark = decoder.yamlMark
    }
}

extension OutcomeDecisionTable: Decodable {
    /// `outcome_rules:` is the list of rows itself.
    public init(from decoder: any Decoder) throws {
        rules = try [OutcomeDecisionRule](from: decoder)
    }
}

extension Questionnaire {
    /// An outcome's status from the agreed indicators: by the questionnaire's own decision
    /// table when it has one (and a row matches), otherwise by `OutcomeRule`.
    public func decideOutcome(_ indicators: Indicators, agreed: [String]) -> (status: OutcomeStatus, decidedBy: String) {
        outcomeRules?.decide(indicators, agreed: agreed) ?? OutcomeRule.decide(indicators, agreed: agreed)
    }
}
