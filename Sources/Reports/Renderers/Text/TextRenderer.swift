import Assessment

/// A compact terminal summary for a chief executive: the overall position, a bar per topic and
/// domain against its target, the top five recommendations and what is missing. Every piece of
/// text from input goes through `sanitizeForTerminal`; ANSI colour appears only when asked for.
struct TextRenderer {
    let report: Report
    let colour: Bool
    let width: Int

    /// The bar's length in cells.
    static let barCells = 10

    init(report: Report, options: RenderOptions) {
        self.report = report
        self.colour = options.colour
        self.width = max(40, options.width)
    }

    static func render(_ report: Report, options: RenderOptions) -> [UInt8] {
        Array(TextRenderer(report: report, options: options).lines().joined(separator: "\n").utf8) + [0x0A]
    }

    /// The label column: what is left after the bar, score and target columns.
    var labelWidth: Int { min(48, max(12, width - 36)) }

    func lines() -> [String] {
        var lines = header()
        for topic in report.topics {
            lines.append("")
            lines.append(scoreLine(
                label: clean(topic.title), score: topic.score, scaleMax: topic.scaleMax,
                target: Format.number(topic.target),
                standing: Standing(score: topic.score, target: topic.target, met: topic.targetsMet)))
            for domain in topic.domains {
                lines.append(scoreLine(
                    label: "  " + clean(domain.title), score: domain.score, scaleMax: topic.scaleMax,
                    target: String(domain.target),
                    standing: Standing(score: domain.score, target: Double(domain.target), met: domain.met),
                    unanswered: Headline.unanswered(domain), inScope: domain.inScope))
            }
        }
        if !report.unanswered.isEmpty {
            lines.append("")
            lines.append(ANSIText.truncate("? in a bar: share of questions unanswered (counted as level 0)", to: width))
        }
        lines += peerLines()
        lines += recommendations()
        lines += topicRecommendations()
        lines.append("")
        lines.append("Unanswered \(report.unanswered.count) · Not applicable \(report.notApplicable.count) · Stale evidence \(report.staleEvidence.count)")
        if let library = report.provenance.library { lines.append("Questionnaire library: " + clean(library)) }
        return lines
    }

    func header() -> [String] {
        let o = report.overall
        let body = clean(report.body.name) + " (" + clean(report.body.id) + ")"
        let title = ANSIText.truncate("Cyber self-assessment summary: " + body, to: width)
        var assessed = "Period " + clean(report.period) + " · assessed \(report.date)"
        if let assessor = report.assessor { assessed += " by " + clean(assessor) }
        let scaleMax = report.topics.map(\.scaleMax).max() ?? 0
        var overall = "Overall \(Format.score(o.score)) / \(scaleMax)"
        if let band = o.band { overall += " (" + clean(band) + ")" }
        overall += " · \(Format.percent(o.completeness)) complete · "
        let targets = ANSIText.paint(o.targetsMet ? "targets met" : "targets not met", o.targetsMet ? .green : .red, enabled: colour)
        var lines = [
            ANSIText.paint(title, .bold, enabled: colour),
            ANSIText.truncate(assessed, to: width),
            overall + targets,
            "Questions answered at level 0: \(report.levelZeroQuestions)",
            ANSIText.truncate("Weakest domain: " + Headline.weakestDomainText(report), to: width),
        ]
        if report.isDraft {
            lines.insert(ANSIText.paint(Headline.draftNote(report), .red, enabled: colour), at: 0)
        }
        return lines
    }

    /// `Governance        ██████░░░░ 3.00 / 5  target 3  ✓`; a domain with unanswered
    /// questions shows their share of its questions as `?` cells after the score's cells
    /// (`███??░░░░░`), at least one.
    func scoreLine(label: String, score: Double?, scaleMax: Int, target: String, standing: Standing, unanswered: Int = 0, inScope: Int = 0) -> String {
        let filled: Int
        if let score, score.isFinite, scaleMax > 0 {
            filled = min(Self.barCells, max(0, Int((score / Double(scaleMax) * Double(Self.barCells)).rounded())))
        } else {
            filled = 0
        }
        let open = unanswered > 0 && inScope > 0
            ? min(Self.barCells - filled, max(1, Int((Double(unanswered) / Double(inScope) * Double(Self.barCells)).rounded())))
            : 0
        let bar = String(repeating: "█", count: filled) + String(repeating: "?", count: open)
            + String(repeating: "░", count: Self.barCells - filled - open)
        let figures = bar + " " + ANSIText.pad(Format.score(score), to: 4) + " / \(scaleMax)  target "
            + ANSIText.pad(target, to: 4) + " " + standing.mark
        let painted = ANSIText.colour(for: standing).map { ANSIText.paint(figures, $0, enabled: colour) } ?? figures
        return ANSIText.pad(label, to: labelWidth) + " " + painted
    }

    func recommendations() -> [String] {
        guard !report.recommendations.isEmpty else { return [] }
        var lines = ["", ANSIText.paint("Top recommendations", .bold, enabled: colour)]
        for r in report.recommendations.prefix(Headline.recommendationsOverall) { lines.append(recommendation(r, indent: "  ")) }
        return lines
    }

    /// The top recommendations of each topic that has any, under the topic's title.
    func topicRecommendations() -> [String] {
        guard Headline.hasTopicRecommendations(report) else { return [] }
        var lines: [String] = []
        for topic in report.topics {
            let top = Headline.topRecommendations(report, topic: topic)
            guard !top.isEmpty else { continue }
            lines.append("  " + clean(topic.title))
            for r in top { lines.append(recommendation(r, indent: "    ")) }
        }
        return lines.isEmpty ? [] : ["", ANSIText.paint("Top recommendations by topic", .bold, enabled: colour)] + lines
    }

    /// `  1. ECO-REP-02  level 0 → 3  Record awareness…`, cut to the width.
    func recommendation(_ r: Recommendation, indent: String) -> String {
        ANSIText.truncate(indent + "\(r.rank). " + clean(r.question) + "  level \(r.level) → \(r.target)  " + clean(r.text), to: width)
    }

    private func clean(_ text: String) -> String { sanitizeForTerminal(text) }
}
