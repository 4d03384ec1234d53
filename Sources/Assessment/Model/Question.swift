import CyberYAML

/// One question: graded (options with levels), a practice (cumulative) or an outcome.
public struct Question: Sendable, Equatable {
    public var id: String
    public var text: String
    public var guidance: String?
    public var weight: Double
    public var allowNA: Bool
    public var appliesIf: AppliesIf?
    /// Options to choose from (graded and cumulative questions).
    public var answers: [AnswerOption]
    /// The level a cumulative practice belongs to.
    public var practiceLevel: Int?
    /// Indicator statements of an outcome question.
    public var indicators: Indicators?
    public var evidence: [String]
    public var references: [FrameworkReference]
    public var recommendation: String?
    public var mark: Mark?

    /// The option with this value, if any.
    public func option(_ value: String) -> AnswerOption? { answers.first { $0.value == value } }
}

/// One answer option. Graded options carry a level; cumulative options say whether the practice is met.
public struct AnswerOption: Sendable, Equatable, Codable {
    public var value: String
    public var label: String
    public var level: Int?
    public var met: Bool?

    public init(value: String, label: String, level: Int? = nil, met: Bool? = nil) {
        self.value = value
        self.label = label
        self.level = level
        self.met = met
    }

    /// The four options of a cumulative practice when a questionnaire does not list its own.
    public static let practiceDefaults = [
        AnswerOption(value: "met", label: "Fully met", met: true),
        AnswerOption(value: "largely", label: "Largely met", met: true),
        AnswerOption(value: "partly", label: "Partly met", met: false),
        AnswerOption(value: "not-met", label: "Not met", met: false),
    ]
}

/// The question applies only when another question's answer is one of `values`.
public struct AppliesIf: Sendable, Equatable {
    public var question: String
    public var values: [String]
    public var mark: Mark?
}

/// Indicator statements in three columns, as in the NCSC CAF.
public struct Indicators: Sendable, Equatable {
    public var notAchieved: [Indicator]
    public var partiallyAchieved: [Indicator]
    public var achieved: [Indicator]

    public var all: [Indicator] { notAchieved + partiallyAchieved + achieved }
}

/// One indicator statement.
public struct Indicator: Sendable, Equatable, Codable {
    public var id: String
    public var text: String
}

/// A reference from a question to one identifier of a public framework.
public struct FrameworkReference: Sendable, Equatable, Hashable {
    /// The catalogue key, e.g. `ncsc-caf`.
    public var framework: String
    /// The identifier within the framework, e.g. `B5.c`.
    public var id: String
    public var mark: Mark?

    public init(framework: String, id: String, mark: Mark? = nil) {
        self.framework = framework
        self.id = id
        self.mark = mark
    }

    public static func == (a: Self, b: Self) -> Bool { a.framework == b.framework && a.id == b.id }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(framework)
        hasher.combine(id)
    }
}
