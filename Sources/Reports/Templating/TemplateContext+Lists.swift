import Assessment

extension TemplateContext {
    func recommendation(_ r: Recommendation) -> Values {
        [
            "rank": String(r.rank),
            "priority": Format.priority(r.priority),
            "question": text(r.question),
            "questionText": text(r.questionText),
            "topic": text(r.topic),
            "domain": text(r.domain),
            "level": String(r.level),
            "target": String(r.target),
            "text": text(r.text),
            "references": joined(r.references.map(\.description)),
            "evidence": joined(r.evidence),
            "evidenceList": r.evidence.map(text),
            "hasEvidence": !r.evidence.isEmpty,
        ]
    }

    /// Each topic with recommendations: its title and its top recommendations.
    func topicRecommendations() -> [Values] {
        report.topics.compactMap { t in
            let top = Headline.topRecommendations(report, topic: t)
            return top.isEmpty ? nil : ["title": text(t.title), "recommendations": top.map(recommendation)] as Values
        }
    }

    func framework(_ f: FrameworkView) -> Values {
        [
            "framework": text(f.framework),
            "title": text(f.title),
            "version": optional(f.version),
            "hasVersion": f.version != nil,
            "groups": f.groups.map { g in
                [
                    "id": text(g.id),
                    "title": text(g.title),
                    "questions": String(g.questions),
                    "meeting": String(g.meeting),
                    "meanLevel": Format.score(g.meanLevel),
                    "items": g.items.map { i in
                        [
                            "id": text(i.id),
                            "title": text(i.title),
                            "questions": joined(i.questions),
                            "count": String(i.questions.count),
                            "meeting": String(i.meeting),
                            "meanLevel": Format.score(i.meanLevel),
                        ]
                    },
                ] as Values
            },
        ]
    }

    func questionRef(_ q: QuestionRef) -> Values {
        ["id": text(q.id), "text": text(q.text), "topic": text(q.topic), "domain": text(q.domain)]
    }

    func notApplicable(_ n: NotApplicableItem) -> Values {
        ["id": text(n.id), "text": text(n.text), "justification": text(n.justification)]
    }

    func stale(_ s: StaleEvidence) -> Values {
        ["question": text(s.question), "title": text(s.title), "date": s.date.description, "cutoff": s.cutoff.description]
    }

    func peers(_ p: PeerComparison) -> Values {
        [
            "bodies": String(p.bodies),
            "overall": p.overall.map { [figure($0)] } ?? [],
            "figures": p.figures.map(figure),
        ]
    }

    func figure(_ f: PeerComparison.Figure) -> Values {
        [
            "key": text(f.key),
            "median": Format.score(f.median),
            "q1": Format.score(f.q1),
            "q3": Format.score(f.q3),
            "percentile": percentile(f.percentile),
            "percentileInType": percentile(f.percentileInType),
        ]
    }

    /// A percentile as a whole number, or "—".
    func percentile(_ value: Double?) -> String { value.map { Format.number($0.rounded()) } ?? Format.none }

    func provenance() -> Values {
        let p = report.provenance
        return [
            "tool": text(p.tool),
            "toolVersion": text(p.toolVersion),
            "questionnaires": p.questionnaires.map { ["id": text($0.id), "version": text($0.version), "sha256": text($0.sha256)] },
            "answersSHA256": text(p.answersSHA256),
            "targetsSHA256": optional(p.targetsSHA256),
            "generatedAt": optional(p.generatedAt),
            "library": optional(p.library),
            "digest": optional(report.digest),
        ]
    }
}
