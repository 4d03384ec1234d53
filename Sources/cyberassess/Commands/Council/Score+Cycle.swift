import Assessment
import Audit
import Reports

extension Score {
    /// Scores the organisation's file with its systems' files, reviews and plan into one report.
    func runCycle(_ options: ScoringOptions, template: TemplateFile?, library: Library) throws {
        if benchmark != nil { throw CommandFailure("--benchmark applies to one answers file scored alone", isUsage: true) }
        let request = CycleRequest(answersPaths: answers, reviewPaths: cycle.reviews, planPath: cycle.plan.plan, today: cycle.plan.day, options: options, targetsPath: targets)
        let report = try Scorer(library: library).cycleReport(request)
        try write(try CycleRenderer.render(report, as: format, options: renderOptions(template: template)))
        if strict {
            try report.organisation.requireComplete(file: answers[0])
            for (system, file) in zip(report.systems, answers.dropFirst()) { try system.report.requireComplete(file: file) }
        }
    }
}
