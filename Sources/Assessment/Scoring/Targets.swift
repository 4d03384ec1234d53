/// Resolves the target level of each domain and the required status of each outcome.
struct Targets {
    let questionnaire: Questionnaire
    let named: TargetProfile?
    let file: TargetProfile?

    init(questionnaire: Questionnaire, options: ScoringOptions) {
        self.questionnaire = questionnaire
        self.named = options.profileName.flatMap { name in questionnaire.profiles.first { $0.id == name } }
        self.file = options.targets
    }

    /// File profile, then named profile, then the domain's own target, then the questionnaire's.
    func level(for domain: Domain) -> Int {
        file?.domains[domain.id] ?? named?.domains[domain.id] ?? domain.target ?? questionnaire.target
    }

    /// The minimum status an outcome must reach: from a profile, else the lowest status whose
    /// level reaches the domain target.
    func status(for question: Question, in domain: Domain) -> OutcomeStatus {
        if let status = file?.outcomes[question.id] ?? named?.outcomes[question.id] { return status }
        let target = level(for: domain)
        return OutcomeStatus.allCases.first { questionnaire.outcomeLevels[$0] >= target } ?? .achieved
    }
}
