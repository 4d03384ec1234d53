import CyberYAML

/// The questionnaires and framework catalogues that answers are scored against.
public struct Library: Sendable {
    /// Where a question sits in the library.
    public struct Location: Sendable, Equatable {
        public var questionnaire: Int
        public var domain: Int
        public var question: Int
    }

    public private(set) var questionnaires: [Questionnaire] = []
    /// The file each questionnaire came from, and its SHA-256, by questionnaire id.
    public private(set) var sources: [String: (path: String, sha256: String)] = [:]
    /// Catalogues by framework key (e.g. `ncsc-caf`).
    public private(set) var catalogues: [String: FrameworkCatalogue] = [:]
    /// The first place each question id is defined.
    public private(set) var index: [String: Location] = [:]

    public init() {}

    /// Adds a questionnaire read from `path`.
    public mutating func add(_ questionnaire: Questionnaire, path: String, sha256: String) {
        let q = questionnaires.count
        questionnaires.append(questionnaire)
        sources[questionnaire.id] = (path, sha256)
        for (d, domain) in questionnaire.domains.enumerated() {
            for (i, question) in domain.questions.enumerated() where index[question.id] == nil {
                index[question.id] = Location(questionnaire: q, domain: d, question: i)
            }
        }
    }

    /// Gives each `same_as` question that lists no options (or indicators) its home's, so it
    /// can be asked and scored alike whether its answer comes from its home or, when the
    /// home's questionnaire is not assessed, from the body. Called once the library is read (here for the setter; the rule is in `Library+SameAs.swift`).
    public mutating func inheritSameAsOptions() {
        for q in questionnaires.indices {
            for d in questionnaires[q].domains.indices {
                for i in questionnaires[q].domains[d].questions.indices {
                    let question = questionnaires[q].domains[d].questions[i]
                    guard let sameAs = question.sameAs, let (homeQuestionnaire, _, home) = lookup(sameAs.question), home.sameAs == nil,
                          homeQuestionnaire.scoring == questionnaires[q].scoring, homeQuestionnaire.maxLevel == questionnaires[q].maxLevel else { continue }
                    if question.answers.isEmpty, question.indicators == nil {
                        questionnaires[q].domains[d].questions[i].answers = home.answers
                        questionnaires[q].domains[d].questions[i].indicators = home.indicators
                    }
                }
            }
        }
    }

    /// Adds a framework catalogue.
    public mutating func add(_ catalogue: FrameworkCatalogue) {
        catalogues[catalogue.framework] = catalogue
    }

    public func questionnaire(_ id: String) -> Questionnaire? { questionnaires.first { $0.id == id } }

    /// The questionnaire, domain and question for a question id.
    public func lookup(_ questionID: String) -> (questionnaire: Questionnaire, domain: Domain, question: Question)? {
        guard let l = index[questionID] else { return nil }
        let q = questionnaires[l.questionnaire]
        let d = q.domains[l.domain]
        return (q, d, d.questions[l.question])
    }

    /// Whether any questionnaire defines the target profile `id`.
    public func hasProfile(_ id: String) -> Bool {
        questionnaires.contains { $0.profiles.contains { $0.id == id } }
    }

    /// Every target profile id defined by any questionnaire, sorted.
    public var profileIDs: [String] {
        Array(Set(questionnaires.flatMap { $0.profiles.map(\.id) })).sorted()
    }
}
