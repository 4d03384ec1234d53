import Foundation
@testable import Assessment

/// A small hand-built report: two topics (one graded, one outcome), three domains, and
/// questions that are answered, unanswered and not applicable, with stale evidence, one
/// recommendation, one framework view, peer figures, and text that tries HTML, CSV formula,
/// Markdown table and terminal escape injection.
enum Sample {
    static let script = "<script>alert(1)</script>"
    static let formula = "=HYPERLINK(\"x\")"
    static let escape = "\u{1B}[31m"

    static let report = Report(
        schema: Report.currentSchema,
        body: Body(id: "E07000999", name: "Testshire \(script) Council", type: "district", region: "South East"),
        period: "2024/25",
        assessor: "Jo \"quotes\" Bloggs",
        date: Day(year: 2025, month: 3, day: 31),
        profile: "baseline",
        overall: OverallResult(
            score: 2.61, weakestLink: 1, band: "Developing", completeness: 80, answered: 4, inScope: 5,
            targetsMet: false, topicWeights: ["cyber-resilience": 1, "caf-outcomes": 1]),
        topics: [graded, outcome],
        recommendations: [
            Recommendation(
                rank: 1, question: "INC-1", questionText: "Is there a tested incident response plan?",
                topic: "cyber-resilience", domain: "inc", priority: 3, level: 0, target: 3,
                text: "Write and exercise an incident response plan \(escape)now",
                references: ["ncsc-caf:D1.a"], evidence: ["Plan document", "Exercise report"]),
        ],
        frameworks: [
            FrameworkView(framework: "ncsc-caf", title: "NCSC CAF", version: "3.2", groups: [
                FrameworkGroupResult(id: "A", title: "Managing security risk", questions: 1, meeting: 1, meanLevel: 3, items: [
                    FrameworkItemResult(id: "A1.a", title: "Board direction", questions: ["GOV-1"], meeting: 1, meanLevel: 3),
                ]),
            ]),
        ],
        unanswered: [QuestionRef(id: "INC-1", text: "Is there a tested incident response plan?", topic: "cyber", domain: "inc")],
        notApplicable: [NotApplicableItem(id: "GOV-2", text: "Is the policy reviewed yearly?", justification: "No policy team \(script)")],
        staleEvidence: [StaleEvidence(question: "GOV-1", title: "Board minutes", date: Day(year: 2022, month: 1, day: 10), cutoff: Day(year: 2023, month: 3, day: 31))],
        peers: PeerComparison(
            bodies: 12,
            overall: .init(key: "overall", median: 2.4, q1: 2, q3: 3, percentile: 60, percentileInType: 55),
            figures: [
                .init(key: "gov", median: 2.8, q1: 2, q3: 3.5, percentile: 70, percentileInType: nil),
                .init(key: "inc", median: 2, q1: 1, q3: 3, percentile: 20, percentileInType: nil),
            ]),
        provenance: Provenance(
            tool: "cyberassess", toolVersion: "0.1.0",
            questionnaires: [.init(id: "cyber-resilience", version: "1.0", sha256: "aa11"), .init(id: "caf-outcomes", version: "2.0", sha256: "bb22")],
            answersSHA256: "cc33", targetsSHA256: nil, generatedAt: nil),
        digest: nil)

    static let graded = TopicResult(
        id: "cyber-resilience", version: "1.0", title: "Cyber resilience", topic: "cyber", method: .graded, scaleMax: 5,
        score: 2.61, weakestLink: 1, band: "Developing", target: 3, gap: 0.39, completeness: 75, targetsMet: false,
        domains: [
            DomainResult(
                id: "gov", title: "Governance 'apos'", weight: 1, score: 3, weakestLink: 3, band: "Defined", target: 3,
                gap: 0, met: true, answered: 2, inScope: 2,
                questions: [
                    QuestionResult(
                        id: "GOV-1", text: "Is there a board-level owner? |pipe|", weight: 1, status: .answered,
                        answer: "yes-named", label: formula, level: 3, target: 3, met: true,
                        comment: "Owner is the \(escape)CEO \"quotes\"", answeredBy: "Jo",
                        evidence: [EvidenceResult(title: "Board minutes", location: "SharePoint/Board", date: Day(year: 2022, month: 1, day: 10), stale: true)],
                        references: ["ncsc-caf:A1.a", "iso27001:5.1"]),
                    QuestionResult(
                        id: "GOV-2", text: "Is the policy reviewed yearly?", weight: 0.5, status: .notApplicable,
                        target: 3, justification: "No policy team \(script)", evidence: [], references: []),
                ]),
            DomainResult(
                id: "inc", title: "Incident response \(escape)", weight: 1, score: 1, weakestLink: 0, band: "Initial", target: 3,
                gap: 2, met: false, answered: 1, inScope: 2,
                questions: [
                    QuestionResult(
                        id: "INC-1", text: "Is there a tested incident response plan?", weight: 1, status: .unanswered,
                        level: 0, target: 3, met: false, evidence: [], references: ["ncsc-caf:D1.a"]),
                    QuestionResult(
                        id: "INC-2", text: "Are incidents logged?", weight: 1, status: .answered,
                        answer: "partly", label: "Partly", level: 2, target: 3, met: false, evidence: [], references: []),
                ]),
        ])

    static let outcome = TopicResult(
        id: "caf-outcomes", version: "2.0", title: "CAF outcomes", topic: "caf", method: .outcome, scaleMax: 5,
        score: 3, weakestLink: 3, band: nil, target: 5, gap: 2, completeness: 100, targetsMet: false,
        domains: [
            DomainResult(
                id: "b5", title: "Resilient networks", weight: 1, score: 3, weakestLink: 3, band: nil, target: 5,
                gap: 2, met: false, answered: 1, inScope: 1,
                questions: [
                    QuestionResult(
                        id: "B5-a", text: "Resilience preparation", weight: 1, status: .answered, level: 3, target: 5, met: false,
                        outcome: OutcomeResult(status: .partiallyAchieved, decidedBy: "every partially-achieved indicator agreed", agreed: ["PA1", "PA2"], required: .achieved),
                        evidence: [], references: ["ncsc-caf:B5.a"]),
                ]),
        ])
}

extension [UInt8] {
    /// The bytes as UTF-8 text.
    var text: String { String(decoding: self, as: UTF8.self) }
}

extension Sample {
    /// The sample report as a draft: 60 % of its questions answered, below the 80 % threshold.
    static var draft: Report {
        var r = report
        r.overall.completeness = 60
        r.overall.answered = 3
        return r
    }
}
