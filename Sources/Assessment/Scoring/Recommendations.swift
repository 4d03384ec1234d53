/// Builds the recommendations of a domain and ranks those of a whole report.
package enum Recommendations {
    /// One recommendation per counted question the method says falls short, with priority
    /// question weight × domain weight × shortfall.
    package static func make<Rule: ScoringRule>(
        by rule: Rule.Type, for domain: Domain, of questionnaire: Questionnaire,
        results: [QuestionResult], scored: [Int], target: Int
    ) -> [Recommendation] {
        var recommendations: [Recommendation] = []
        for i in scored {
            let question = domain.questions[i], result = results[i]
            guard let shortfall = Rule.shortfall(of: question, result: result, domainTarget: target) else { continue }
            let priority = Self.priority(question.weight, domain.weight, shortfall)
            recommendations.append(Recommendation(
                rank: 0, question: question.id, questionText: question.text, topic: questionnaire.id, domain: domain.id,
                priority: priority, level: result.level ?? 0, target: result.target,
                text: question.recommendation ?? "Raise this to level \(result.target) (\(questionnaire.levelName(result.target) ?? "target")): \(question.text)",
                references: result.references, evidence: question.evidence))
        }
        return recommendations
    }

    /// weight × domain weight × shortfall, rounded to two decimals on the exact product.
    package static func priority(_ weight: Double, _ domainWeight: Double, _ shortfall: Int) -> Double {
        guard let w = Fraction(decimal: weight), let d = Fraction(decimal: domainWeight) else {
            return round2(weight * domainWeight * Double(shortfall))
        }
        return (w * d * Fraction(shortfall)).roundedToHundredths
    }

    /// Whether recommendation `a` ranks before `b`: the higher priority first, ties by
    /// question id (or anything ordered as the ids are).
    @inline(__always)
    package static func ranksBefore<ID: Comparable>(_ a: (priority: Double, id: ID), _ b: (priority: Double, id: ID)) -> Bool {
        (a.priority, b.id) > (b.priority, a.id)
    }

    /// Sorts by priority, highest first (ties by question id), and numbers them from 1.
    package static func rank(_ recommendations: inout [Recommendation]) {
        recommendations.sort { ranksBefore(($0.priority, $0.question), ($1.priority, $1.question)) }
        for i in recommendations.indices { recommendations[i].rank = i + 1 }
    }
}
