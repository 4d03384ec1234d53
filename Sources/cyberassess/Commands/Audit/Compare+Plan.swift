import Assessment
import Audit
import Reports

extension Compare {
    /// The comparison with what the plan says: an action done counts as not improved when an
    /// outcome it addresses is no higher in NEW than in OLD.
    func withPlan(_ rendered: [UInt8], comparison: Comparison) throws -> [UInt8] {
        guard let path = plan.plan else { return rendered }
        var options = ScoringOptions(profileName: profile)
        let (loaded, location) = try library.loadLocated()
        options.library = location.reportName
        let before = try Report.read(old, scoringWith: { loaded }, options: options)
        let after = try Report.read(new, scoringWith: { loaded }, options: options)
        let findings = PlanFindings(plan: try ImprovementPlan.load(path), reports: [ScopedReport(scope: nil, report: after, previous: before)], today: plan.day)
        switch format {
        case .json: return try PlanRenderer.json(comparison, findings)
        case .text: return PlanRenderer.append(findings, to: rendered, format: .text, colour: output == nil && Terminal.stdoutWantsColour)
        case .md: return PlanRenderer.append(findings, to: rendered, format: .md, colour: false)
        case .html: return PlanRenderer.append(findings, to: rendered, format: .html, colour: false)
        }
    }
}
