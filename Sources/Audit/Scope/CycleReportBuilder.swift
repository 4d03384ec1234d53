import Assessment
/// Scores an assessment set into one `CycleReport`.
package struct CycleReportBuilder: Sendable {
    /// The organisation's scope id in tables and plans.
    package static let organisationScope = "organisation"

    package let scorer: Scorer
    package let options: ScoringOptions

    /// A builder scoring with `options`.
    package init(scorer: Scorer, options: ScoringOptions) {
        self.scorer = scorer
        self.options = options
    }

    /// Scores every file of `set` and lays the results side by side.
    package func report(_ set: ScopeSet) throws(AssessmentError) -> CycleReport {
        let org = set.organisation
        let organisation = try scorer.score(org.answers, file: org.file, answersSHA256: org.sha256, options: options)
        var systems: [SystemReport] = []
        for member in set.systems {
            let report = try scorer.score(member.answers, file: member.file, answersSHA256: member.sha256, options: options)
            systems.append(SystemReport(system: set.registerEntry(of: member), report: report))
        }
        return Self.assemble(organisation: organisation, systems: systems)
    }

    /// The cycle report of already scored reports.
    package static func assemble(organisation: Report, systems: [SystemReport]) -> CycleReport {
        let scoped: [(scope: String, report: Report)] = [(organisationScope, organisation)] + systems.map { ($0.system.id, $0.report) }
        let scopes = [ScopeStanding(organisation, scope: organisationScope, name: organisation.body.name)]
            + systems.map { ScopeStanding($0.report, scope: $0.system.id, name: $0.system.name) }
        var rows: [OutcomeRow] = []
        if !systems.isEmpty {
            var seen: Set<String> = []
            let lookups = scoped.map { entry in
                Dictionary(entry.report.questionResults.map { ($0.question.id, $0.question) }, uniquingKeysWith: { a, _ in a })
            }
            let assessedBySystem = Set(systems.flatMap { $0.report.questionResults.map(\.question.id) })
            for entry in scoped.flatMap({ $0.report.questionResults }) where assessedBySystem.contains(entry.question.id) && seen.insert(entry.question.id).inserted {
                let cells = zip(scoped, lookups).map { scope, lookup in
                    guard let q = lookup[entry.question.id] else {
                        return OutcomeCell(scope: scope.scope, status: "not-assessed", required: nil, met: nil, assurance: nil)
                    }
                    return OutcomeCell(scope: scope.scope, status: q.statusText, required: q.outcome?.required.rawValue, met: q.met, assurance: nil)
                }
                rows.append(OutcomeRow(question: entry.question.id, text: entry.question.text, domain: entry.domain, cells: cells))
            }
        }
        return CycleReport(
            schema: CycleReport.currentSchema, body: organisation.body, period: organisation.period, profile: organisation.profile,
            organisation: organisation, systems: systems, scopes: scopes, outcomes: rows, reviews: [], plan: nil)
    }
}

extension ScopeStanding {
    package init(_ report: Report, scope: String, name: String) {
        self.init(scope: scope, name: name, score: report.overall.score, profileMet: report.overall.targetsMet,
                  belowTarget: report.recommendations.count, assuredBy: nil)
    }
}

extension CycleReport {
    /// The scope id of a system (nil: the organisation), as tables name it.
    package static func scopeID(_ system: String?) -> String { system ?? CycleReportBuilder.organisationScope }

    /// Adds a review: its scope is marked as assured, and each reviewed cell carries the review's agreement.
    package mutating func attach(_ review: AssuranceReview) {
        reviews.append(review)
        let scope = Self.scopeID(review.system)
        for i in scopes.indices where scopes[i].scope == scope { scopes[i].assuredBy = "\(review.reviewer), \(review.organisation)" }
        let agreements = Dictionary(review.outcomes.map { ($0.question, $0.agreement) }, uniquingKeysWith: { a, _ in a })
        for r in outcomes.indices {
            for c in outcomes[r].cells.indices where outcomes[r].cells[c].scope == scope {
                outcomes[r].cells[c].assurance = agreements[outcomes[r].question]
            }
        }
    }

    /// Every scope's report, for plan checks (the organisation's with scope nil).
    package var scopedReports: [ScopedReport] {
        [ScopedReport(scope: nil, report: organisation)] + systems.map { ScopedReport(scope: $0.system.id, report: $0.report) }
    }
}
