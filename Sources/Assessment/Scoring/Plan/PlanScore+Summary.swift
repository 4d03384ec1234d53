extension PlanScore {
    /// The scores as batch summaries keep them: what `Scorer.summarise` gives for the same answers.
    public func summary(_ plan: ScoringPlan) -> ReportSummary {
        var domainScores: [(id: String, score: Double?)] = []
        domainScores.reserveCapacity(plan.domains.count)
        for topic in topics {
            for d in plan.topics[topic.index].domains { domainScores.append((plan.domains[d].id, domains[d].score)) }
        }
        return ReportSummary(body: answers.body, period: answers.period, overall: overall,
                             topics: topics.map { (plan.topics[$0.index].id, $0.score) }, domains: domainScores, unanswered: unanswered)
    }
}
