/// Resolves the target level of each domain and the required status of each outcome.
package struct Targets {
    package let questionnaire: Questionnaire
    package let named: TargetProfile?
    package let file: TargetProfile?

    package init(questionnaire: Questionnaire, options: ScoringOptions) {
        self.questionnaire = questionnaire
        self.named = options.profileName.flatMap { name in questionnaire.profiles.first { $0.id == name } }
        self.file = options.targets
    }

    /// File profile, then named profile, then the domain's own target, then the questionnaire's.
    package func level(for domain: Domain) -> Int {
        file?.domains[domain.id] ?? named?.domains[domain.id] ?? domain.target ?? questionnaire.target
    }

    /// The minimum status an outcome must reach: from a profile, else the lowest status whose
    /// level reaches the domain target.
    package func status(for question: Question, in domain: Domain) -> OutcomeStatus {
        if let status = file?.outcomes[question.id] ?? named?.outcomes[question.id] { return status }
        let target = level(for: domain)
        return OutcomeStatus.allCases.first { questionnaire.outcomeLevels[$0] >= target } ?? .achieved
    }
}
