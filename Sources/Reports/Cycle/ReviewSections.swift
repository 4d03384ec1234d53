import Assessment
import Audit

/// An assurance review as document sections: the summary, then one row per outcome.
enum ReviewSections {
    typealias Section = ComparisonDocument.Section
    typealias Cell = ComparisonDocument.Cell

    static func title(_ r: AssuranceReview) -> String {
        "Independent assurance review: \(r.body.name) \(r.period)" + (r.system.map { ", system \($0)" } ?? "")
    }

    static func sections(_ r: AssuranceReview, heading: String = "Summary") -> [Section] {
        let s = r.summary
        let summary = Section(title: heading, blocks: [
            .paragraph([Cell("Reviewed by \(r.reviewer) (\(r.organisation)) against \(r.selfAssessment.file)"
                + (r.selfAssessment.assessor.map { ", self-assessed by \($0)" } ?? "") + ".")]),
            .paragraph([
                Cell("\(s.reviewed) reviewed: "), Cell("\(s.confirmed) confirmed", .good), Cell(", "),
                Cell("\(s.raised) raised", s.raised > 0 ? .warn : .plain), Cell(", "),
                Cell("\(s.lowered) lowered", s.lowered > 0 ? .bad : .plain),
                Cell(s.notReviewed > 0 ? "; \(s.notReviewed) answered but not reviewed" : ""),
            ]),
            .paragraph([Cell("Self-assessment SHA-256 \(r.selfAssessment.sha256)", .muted)]),
        ])
        let rows: [[Cell]] = r.outcomes.map { o in
            var indicators: [String] = []
            if !o.disputed.isEmpty { indicators.append("disputed " + o.disputed.joined(separator: ", ")) }
            if !o.added.isEmpty { indicators.append("added " + o.added.joined(separator: ", ")) }
            return [
                Cell(o.question), Cell(StatusText.title(o.selfStatus)), Cell(StatusText.title(o.reviewedStatus)),
                Cell(o.agreement.rawValue, tone(o.agreement)),
                Cell(indicators.isEmpty ? "agreed" : indicators.joined(separator: "; ")),
                Cell(o.comment ?? ""),
            ]
        }
        let table = Section(title: "Outcomes reviewed", blocks: [
            .table(header: ["Outcome", "Self-assessed", "Reviewed", "Agreement", "Indicators", "Reviewer's comment"], rows: rows),
        ])
        return [summary, table]
    }

    static func tone(_ agreement: ReviewAgreement) -> ComparisonDocument.Tone {
        switch agreement {
        case .confirmed: .good
        case .raised: .warn
        case .lowered: .bad
        }
    }
}
