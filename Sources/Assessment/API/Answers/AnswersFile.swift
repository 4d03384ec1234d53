import CyberYAML

/// One body's answers for one assessment period.
public struct AnswersFile: Sendable, Equatable {
    public var body: Body
    public var period: String
    public var assessor: String?
    public var date: Day
    /// The questionnaires answered, with the version each answer was written against.
    public var questionnaires: [QuestionnaireVersion]
    /// Answers in file order; questions left blank (`ID:` with no value) are not listed, and
    /// entries with notes (comment, evidence) but no answer are listed as `.unanswered`.
    public var answers: [Answer]
    /// The critical system this file assesses (`system: ID`); nil in the organisation's own file.
    public var system: String? = nil
    /// The body's register of critical systems (`systems:`), kept in the organisation's file.
    public var systems: [CriticalSystem] = []
    /// Present when this file is an independent assurance review of another answers file.
    public var review: ReviewHeader? = nil

    public init(body: Body, period: String, assessor: String? = nil, date: Day, questionnaires: [QuestionnaireVersion], answers: [Answer]) {
        self.body = body
        self.period = period
        self.assessor = assessor
        self.date = date
        self.questionnaires = questionnaires
        self.answers = answers
    }

    /// The answer to a question, if given.
    public func answer(_ questionID: String) -> Answer? { answers.first { $0.questionID == questionID } }
}

/// The body being assessed.
public struct Body: Sendable, Equatable, Codable {
    public var id: String
    public var name: String
    public var type: String?
    public var region: String?

    public init(id: String, name: String, type: String? = nil, region: String? = nil) {
        self.id = id
        self.name = name
        self.type = type
        self.region = region
    }

    package enum CodingKeys: String, CodingKey, CaseIterable { case id, name, type, region }
}

/// A questionnaire id and the version an answers file was written against.
public struct QuestionnaireVersion: Sendable, Equatable, Codable {
    public var id: String
    public var version: String
    public var mark: Mark?

    public init(id: String, version: String, mark: Mark? = nil) {
        self.id = id
        self.version = version
        self.mark = mark
    }

    package enum CodingKeys: String, CodingKey, CaseIterable { case id, version }
    public static func == (a: Self, b: Self) -> Bool { a.id == b.id && a.version == b.version }
}

/// What was chosen for one question.
public enum Choice: Sendable, Equatable {
    /// The value of one of the question's options.
    case option(String)
    /// Not applicable, with a justification.
    case notApplicable
    /// The indicator statements the body agrees with (outcome questions).
    case indicators([String])
    /// No answer yet: the entry carries only notes (a comment, evidence). It scores as
    /// unanswered, and its notes are checked and reported.
    case unanswered
}

/// One answer, with the place it was written.
public struct Answer: Sendable, Equatable {
    public var questionID: String
    public var choice: Choice
    public var comment: String?
    public var justification: String?
    public var answeredBy: String?
    public var evidence: [Evidence]
    /// Where the question id is written.
    public var mark: Mark?
    /// Where the chosen value is written.
    public var valueMark: Mark?

    public init(questionID: String, choice: Choice, comment: String? = nil, justification: String? = nil, answeredBy: String? = nil, evidence: [Evidence] = [], mark: Mark? = nil, valueMark: Mark? = nil) {
        self.questionID = questionID
        self.choice = choice
        self.comment = comment
        self.justification = justification
        self.answeredBy = answeredBy
        self.evidence = evidence
        self.mark = mark
        self.valueMark = valueMark
    }
}

/// A piece of evidence an assessor kept: what it is, where it is, and its date.
public struct Evidence: Sendable, Equatable, Codable {
    public var title: String
    public var location: String?
    public var date: Day?

    public init(title: String, location: String? = nil, date: Day? = nil) {
        self.title = title
        self.location = location
        self.date = date
    }

    package enum CodingKeys: String, CodingKey, CaseIterable { case title, location, date }
}
