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
    /// The question elsewhere in the library whose answer this one reuses (`same_as`), so one
    /// fact is asked once. See `Library.home(of:assessing:)`.
    public var sameAs: SameAs? = nil

    /// The option with this value, if any.
    public func option(_ value: String) -> AnswerOption? { answers.first { $0.value == value } }
}

/// `same_as: ID`: a question that takes its answer from another question (its home) instead
/// of being asked again.
public struct SameAs: Sendable, Equatable {
    /// The id of the home question.
    public var question: String
    /// Where `same_as` is written.
    public var mark: Mark?
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

    /// How the option scores, in words: "level 3", or "counts as met" / "not met" for a practice.
    public var detail: String {
        level.map { "level \($0)" } ?? (met == true ? "counts as met" : "not met")
    }

    /// The four options of a cumulative practice when a questionnaire does not list its own.
    public static let practiceDefaults = [
        AnswerOption(value: "met", label: "Fully met", met: true),
        AnswerOption(value: "largely", label: "Largely met", met: true),
        AnswerOption(value: "partly", label: "Partly met", met: false),
        AnswerOption(value: "not-met", label: "Not met", met: false),
    ]
}

/// Indicator statements in three columns, as in the NCSC CAF.
public struct Indicators: Sendable, Equatable {
    public var notAchieved: [Indicator]
    public var partiallyAchieved: [Indicator]
    public var achieved: [Indicator]

    /// Every statement, column by column.
    public var all: [Indicator] { notAchieved + partiallyAchieved + achieved }

    /// The three columns in order, each with the status it stands for (whose `title` heads it).
    public var columns: [(status: OutcomeStatus, indicators: [Indicator])] {
        [(.notAchieved, notAchieved), (.partiallyAchieved, partiallyAchieved), (.achieved, achieved)]
    }
}

/// One indicator statement.
public struct Indicator: Sendable, Equatable, Codable {
    public var id: String
    public var text: String
}
