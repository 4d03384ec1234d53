import Assessment

/// The values a Mustache report template is given, precomputed from a report: every number is
/// already formatted (scores to 2 dp, "—" for missing) and every value is a String, a Bool, or
/// an array or dictionary of them, so a template needs no logic. Text from input is passed raw
/// (control characters aside) and escaped by the template's content type: `{{name}}` is
/// HTML-escaped in HTML templates and Markdown-escaped in Markdown templates.
///
/// Every dictionary of one kind has the same keys, so a missing value never makes Mustache
/// look it up in an enclosing section by mistake; optional parts are Bools named `hasX` or
/// arrays of zero or one element.
struct TemplateContext {
    typealias Values = [String: Any]

    let report: Report

    /// The whole context.
    func values() -> Values {
        let o = report.overall
        return [
            "title": title,
            "body": [
                "id": text(report.body.id),
                "name": text(report.body.name),
                "type": optional(report.body.type),
                "region": optional(report.body.region),
            ],
            "period": text(report.period),
            "assessor": optional(report.assessor),
            "date": report.date.description,
            "profile": optional(report.profile),
            "hasProfile": report.profile != nil,
            "schema": report.schema,
            "summary": [
                "score": Format.score(o.score),
                "scaleMax": String(scaleMax),
                "band": optional(o.band),
                "weakestLink": Format.level(o.weakestLink),
                "levelZeroQuestions": String(report.levelZeroQuestions),
                "weakestDomainTitle": Headline.weakestDomainTitle(report),
                "weakestDomainScore": Headline.weakestDomainScore(report),
                "weakestDomain": Headline.weakestDomainText(report),
                "completeness": Format.percent(o.completeness),
                "answered": String(o.answered),
                "inScope": String(o.inScope),
                "targetsMet": o.targetsMet,
                "targetsMetText": yesNo(o.targetsMet),
                "domainsMeeting": String(domainsMeeting),
                "domainCount": String(domainCount),
                "sentence": sentence(),
            ] as Values,
            "draft": report.isDraft,
            "draftNote": Headline.draftNote(report),
            "topRecommendations": report.recommendations.prefix(Headline.recommendationsOverall).map(recommendation),
            "topicRecommendations": topicRecommendations(),
            "hasTopicRecommendations": Headline.hasTopicRecommendations(report),
            "hasTopics": !report.topics.isEmpty,
            "recommendations": report.recommendations.map(recommendation),
            "hasRecommendations": !report.recommendations.isEmpty,
            "chart": BarChart(report: report).values(),
            "topics": report.topics.map(topic),
            "frameworks": report.frameworks.map(framework),
            "hasFrameworks": !report.frameworks.isEmpty,
            "unanswered": report.unanswered.map(questionRef),
            "hasUnanswered": !report.unanswered.isEmpty,
            "unansweredCount": String(report.unanswered.count),
            "notApplicable": report.notApplicable.map(notApplicable),
            "hasNotApplicable": !report.notApplicable.isEmpty,
            "notApplicableCount": String(report.notApplicable.count),
            "staleEvidence": report.staleEvidence.map(stale),
            "hasStaleEvidence": !report.staleEvidence.isEmpty,
            "staleEvidenceCount": String(report.staleEvidence.count),
            "peers": report.peers.map { [peers($0)] } ?? [],
            "peerTable": PeerTable(report).map { [$0.values] } ?? [],
            "provenance": provenance(),
        ]
    }

    /// The document's title.
    var title: String { (report.isDraft ? "DRAFT " : "") + "Cyber resilience report: " + text(report.body.name) + ", " + text(report.period) }

    /// How many domains, across all topics, meet their target.
    var domainsMeeting: Int { report.topics.reduce(0) { $0 + $1.domains.count(where: \.met) } }

    /// How many domains there are across all topics.
    var domainCount: Int { report.topics.reduce(0) { $0 + $1.domains.count } }

    /// The highest level on any topic's scale.
    var scaleMax: Int { report.topics.map(\.scaleMax).max() ?? 0 }

    /// One short plain-English sentence for the executive summary.
    func sentence() -> String {
        let o = report.overall
        let name = text(report.body.name)
        guard let score = o.score else {
            return "\(name) has no overall score yet: none of the \(o.inScope) questions in scope has been answered."
        }
        var s = "\(name) scores \(Format.score(score)) out of \(scaleMax)"
        if let band = o.band { s += " (\(text(band)))" }
        s += ", with \(Format.percent(o.completeness)) of the questions in scope answered. "
        if o.targetsMet {
            s += "Every target is met."
        } else {
            s += "\(domainsMeeting) of \(domainCount) \(domainCount == 1 ? "area meets its" : "areas meet their") target"
            s += report.recommendations.isEmpty ? "." : "; \(report.recommendations.count) improvement\(report.recommendations.count == 1 ? " is" : "s are") recommended."
        }
        return s
    }

    func topic(_ t: TopicResult) -> Values {
        [
            "id": text(t.id),
            "version": text(t.version),
            "title": text(t.title),
            "topic": text(t.topic),
            "method": t.method.rawValue,
            "isOutcome": t.method.answersWithIndicators,
            "scaleMax": String(t.scaleMax),
            "score": Format.score(t.score),
            "weakestLink": Format.level(t.weakestLink),
            "band": optional(t.band),
            "target": Format.number(t.target),
            "gap": Format.score(t.gap),
            "completeness": Format.percent(t.completeness),
            "met": t.targetsMet,
            "metText": yesNo(t.targetsMet),
            "standing": standing(t).cssClass,
            "domains": t.domains.map(domain),
        ]
    }

    func domain(_ d: DomainResult) -> Values {
        [
            "id": text(d.id),
            "title": text(d.title),
            "weight": Format.number(d.weight),
            "score": Format.score(d.score),
            "weakestLink": Format.level(d.weakestLink),
            "band": optional(d.band),
            "target": String(d.target),
            "gap": Format.score(d.gap),
            "met": d.met,
            "metText": metText(d),
            "standing": standing(d).cssClass,
            "answered": String(d.answered),
            "inScope": String(d.inScope),
            "completeness": completeness(d),
            "questions": d.questions.map(question),
        ]
    }

    /// "Yes" or "No".
    func yesNo(_ value: Bool) -> String { value ? "Yes" : "No" }

    /// Where a topic's score stands against its target.
    func standing(_ t: TopicResult) -> Standing { Standing(score: t.score, target: t.target, met: t.targetsMet) }

    /// Where a domain's score stands against its target.
    func standing(_ d: DomainResult) -> Standing { Standing(score: d.score, target: Double(d.target), met: d.met) }

    /// "✓ met", "✗ below", or "—" for a domain without a score.
    func metText(_ d: DomainResult) -> String { d.score == nil ? Format.none : (d.met ? "✓ met" : "✗ below") }

    /// The share of a domain's questions in scope that are answered, or "—" when none is.
    func completeness(_ d: DomainResult) -> String {
        d.inScope == 0 ? Format.none : Format.percent(Double(d.answered) * 100 / Double(d.inScope))
    }

    /// The text of an input value with control characters removed (tabs and line breaks kept).
    func text(_ value: String) -> String { stripControls(value) }

    /// An optional input value, or "—".
    func optional(_ value: String?) -> String { value.map(text) ?? Format.none }
}
