extension CompiledScore {
    /// The scores as batch summaries keep them: what `Scorer.summarise` gives for the same answers.
    package func summary(_ compiled: CompiledScorer) -> ReportSummary {
        var domainScores: [(id: String, score: Double?)] = []
        domainScores.reserveCapacity(compiled.domains.count)
        for topic in topics {
            for d in compiled.topics[topic.index].domains { domainScores.append((compiled.domains[d].id, domains[d].score)) }
        }
        return ReportSummary(body: answers.body, period: answers.period, overall: overall,
                             topics: topics.map { (compiled.topics[$0.index].id, $0.score) }, domains: domainScores, unanswered: unanswered)
    }
}
