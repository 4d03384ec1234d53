/// A maturity report: the result of scoring one body's answers. Encoded as JSON it is the
/// canonical, versioned report (`schema`), and every other format is rendered from it.
public struct Report: Sendable, Codable, Equatable {
    /// The JSON schema name and version of this report format.
    public static let currentSchema = "cyberassess.report/1"

    public var schema: String
    public var body: Body
    public var period: String
    public var assessor: String?
    public var date: Day
    /// The target profile the targets came from, if one was chosen.
    public var profile: String?
    public var overall: OverallResult
    public var topics: [TopicResult]
    /// Every question below its target, highest priority first.
    public var recommendations: [Recommendation]
    /// The same results grouped by each referenced framework.
    public var frameworks: [FrameworkView]
    public var unanswered: [QuestionRef]
    public var notApplicable: [NotApplicableItem]
    public var staleEvidence: [StaleEvidence]
    /// Peer figures, when scored against a benchmark.
    public var peers: PeerComparison?
    public var provenance: Provenance
    /// SHA-256 of the report's canonical JSON with `digest`, `provenance.generatedAt` and
    /// `provenance.library` left out.
    public var digest: String?
}

/// Overall figures across all topics.
public struct OverallResult: Sendable, Codable, Equatable {
    public var score: Double?
    public var weakestLink: Int?
    public var band: String?
    /// Answered (including justified N/A) as a percentage of the questions in scope.
    public var completeness: Double
    public var answered: Int
    public var inScope: Int
    /// Whether every topic meets its targets (nil when there are no targets to meet).
    public var targetsMet: Bool
    /// The weight of each topic in the overall score, by questionnaire id.
    public var topicWeights: [String: Double]
    /// Answered questions (not N/A) at level 0; nil in reports made before it was added.
    public var levelZeroQuestions: Int?
    /// The domain lowest on its scale; nil when no domain has a score, or in older reports.
    public var weakestDomain: WeakestDomain?
    /// Whether completeness is below `Report.draftCompletenessThreshold`; nil in older reports.
    public var draft: Bool?
}

/// One questionnaire's results.
public struct TopicResult: Sendable, Codable, Equatable {
    public var id: String
    public var version: String
    public var title: String
    public var topic: String
    public var method: ScoringMethod
    public var scaleMax: Int
    public var score: Double?
    public var weakestLink: Int?
    public var band: String?
    /// The weighted mean of the domain targets.
    public var target: Double
    public var gap: Double?
    public var completeness: Double
    /// Whether every domain (or outcome) meets its target.
    public var targetsMet: Bool
    public var domains: [DomainResult]
}

/// One domain's results.
public struct DomainResult: Sendable, Codable, Equatable {
    public var id: String
    public var title: String
    public var weight: Double
    /// nil when no question in the domain applies.
    public var score: Double?
    public var weakestLink: Int?
    public var band: String?
    public var target: Int
    public var gap: Double?
    public var met: Bool
    public var answered: Int
    public var inScope: Int
    public var questions: [QuestionResult]
}

/// Whether and how a question was answered.
public enum QuestionStatus: String, Sendable, Codable, Equatable {
    case answered
    /// Counted as level 0 and listed as unanswered.
    case unanswered
    /// Answered `na` with a justification; left out of every average.
    case notApplicable = "not-applicable"
    /// Its `applies_if` condition is not met; left out of every average.
    case excluded
}

/// One question's result.
public struct QuestionResult: Sendable, Codable, Equatable {
    public var id: String
    public var text: String
    public var weight: Double
    public var status: QuestionStatus
    /// The chosen option value (graded and cumulative questions).
    public var answer: String?
    public var label: String?
    /// The level this question counts as; nil when it is left out of averages.
    public var level: Int?
    /// The target level for this question.
    public var target: Int
    /// Whether the question meets its target (nil when left out).
    public var met: Bool?
    /// The level a cumulative practice belongs to.
    public var practiceLevel: Int?
    public var outcome: OutcomeResult?
    public var comment: String?
    public var justification: String?
    public var answeredBy: String?
    /// The question whose answer this one shows (`same_as`); such a question counts in no
    /// average, completeness or recommendation, since its home already does.
    public var answerFrom: String? = nil
    public var evidence: [EvidenceResult]
    /// The question's framework references, written `framework:id` in reports (e.g. `ncsc-caf:B5.c`).
    public var references: [FrameworkReference]
}

extension QuestionResult {
    /// Whether the question counts in averages, completeness, recommendations and the report's
    /// lists: every question but one showing another's answer (`answerFrom`).
    public var countsInScores: Bool { answerFrom == nil }
}

/// How an outcome question's status was decided.
public struct OutcomeResult: Sendable, Codable, Equatable {
    public var status: OutcomeStatus
    /// Which branch of the outcome rule decided, in words.
    public var decidedBy: String
    public var agreed: [String]
    public var required: OutcomeStatus
}

/// Evidence with its staleness.
public struct EvidenceResult: Sendable, Codable, Equatable {
    public var title: String
    public var location: String?
    public var date: Day?
    public var stale: Bool
}

/// A recommendation to raise a question to its target.
public struct Recommendation: Sendable, Codable, Equatable {
    public var rank: Int
    public var question: String
    public var questionText: String
    public var topic: String
    public var domain: String
    /// question weight × domain weight × (target − level).
    public var priority: Double
    public var level: Int
    public var target: Int
    public var text: String
    /// The question's framework references, written `framework:id` in reports.
    public var references: [FrameworkReference]
    public var evidence: [String]
}

/// A question named in a list (unanswered questions).
public struct QuestionRef: Sendable, Codable, Equatable {
    public var id: String
    public var text: String
    public var topic: String
    public var domain: String
}

/// A question answered not applicable, with its justification.
public struct NotApplicableItem: Sendable, Codable, Equatable {
    public var id: String
    public var text: String
    public var justification: String
}

/// Evidence older than the allowed age.
public struct StaleEvidence: Sendable, Codable, Equatable {
    public var question: String
    public var title: String
    public var date: Day
    /// Evidence dated before this day is stale.
    public var cutoff: Day
}

/// Results grouped by one framework (e.g. per NCSC CAF objective, per NIST CSF function).
public struct FrameworkView: Sendable, Codable, Equatable {
    public var framework: String
    public var title: String
    public var version: String?
    public var groups: [FrameworkGroupResult]
}

/// One top-level group of a framework view.
public struct FrameworkGroupResult: Sendable, Codable, Equatable {
    public var id: String
    public var title: String
    /// Questions referencing any item of the group (each counted once).
    public var questions: Int
    /// Of those, how many meet their target.
    public var meeting: Int
    public var meanLevel: Double?
    public var items: [FrameworkItemResult]
}

/// One framework identifier and the questions that reference it.
public struct FrameworkItemResult: Sendable, Codable, Equatable {
    public var id: String
    public var title: String
    public var questions: [String]
    public var meeting: Int
    public var meanLevel: Double?
}

/// Where the report came from, so it can be checked.
public struct Provenance: Sendable, Codable, Equatable {
    public struct Source: Sendable, Codable, Equatable {
        public var id: String
        public var version: String
        public var sha256: String
    }

    public var tool: String
    public var toolVersion: String
    public var questionnaires: [Source]
    public var answersSHA256: String
    public var targetsSHA256: String?
    /// When the report was made; only present when asked for, and outside the digest.
    public var generatedAt: String?
    /// Evidence older than this many months before the assessment date was flagged stale.
    public var staleAfterMonths: Int?
    /// Which questionnaire library the report was scored with: `bundled with cyberassess
    /// VERSION` for the library compiled into the tool, else the folder's path (as given on
    /// the command line or by `CYBERASSESS_QUESTIONNAIRES`; a folder found by the library
    /// search relative to the working directory when inside it). Outside the digest, like
    /// `generatedAt`: the same answers scored with an identical library elsewhere give the
    /// same digest. Nil when the caller did not say (reports made through the library API).
    public var library: String? = nil
}

/// Peer figures beside a body's scores (from a batch benchmark).
public struct PeerComparison: Sendable, Codable, Equatable {
    /// Statistics of one score among peers, and where this body stands.
    public struct Figure: Sendable, Codable, Equatable {
        public var key: String
        public var median: Double
        public var q1: Double
        public var q3: Double
        /// Percentile of this body among all bodies (0-100).
        public var percentile: Double?
        /// Percentile among bodies of the same type.
        public var percentileInType: Double?

        public init(key: String, median: Double, q1: Double, q3: Double, percentile: Double?, percentileInType: Double?) {
            self.key = key
            self.median = median
            self.q1 = q1
            self.q3 = q3
            self.percentile = percentile
            self.percentileInType = percentileInType
        }
    }

    public var bodies: Int
    public var overall: Figure?
    /// Topic and domain figures keyed by questionnaire or domain id.
    public var figures: [Figure]

    public init(bodies: Int, overall: Figure?, figures: [Figure]) {
        self.bodies = bodies
        self.overall = overall
        self.figures = figures
    }
}
