import Assessment

/// The bundled Markdown report written by code, byte for byte what
/// `Templates/report.md.mustache` gives for the same report (tests compare the two on many
/// reports). A custom template (`--template`) still goes through Mustache.
struct MarkdownReportLayout {
    typealias Text = Markup<MarkdownEscaping>

    let context: TemplateContext
    var out = MarkupDocument<MarkdownEscaping>(capacity: 48 * 1024)

    init(report: Report) { context = TemplateContext(report: report) }

    var report: Report { context.report }

    /// The whole document.
    static func render(_ report: Report) -> [UInt8] {
        var layout = MarkdownReportLayout(report: report)
        layout.summary()
        layout.peerTable()
        for topic in report.topics { layout.topic(topic) }
        layout.recommendations()
        layout.frameworks()
        layout.gaps()
        layout.provenance()
        return layout.out.bytes
    }

    mutating func summary() {
        let (body, o) = (report.body, report.overall)
        out("# Cyber resilience report: \(body.name)\n")
        draftNote()
        out("""

            | Body | Id | Type | Region | Period | Assessor | Date |
            |---|---|---|---|---|---|---|
            | \(body.name) | \(body.id) | \(context.optional(body.type)) | \(context.optional(body.region)) | \(report.period) | \(context.optional(report.assessor)) | \(report.date.description) |

            """)
        if let profile = report.profile { out("\nTarget profile: \(profile)\n") }
        out("""

            ## Executive summary

            \(context.sentence())

            | Overall score | Band | Answered at level 0 | Weakest domain | Completeness | Targets met |
            |---:|---|---:|---|---:|---|
            | \(Format.score(o.score)) / \(context.scaleMax) | \(context.optional(o.band)) | \(report.levelZeroQuestions) | \(Headline.weakestDomainText(report)) | \(Format.percent(o.completeness)) (\(o.answered) of \(o.inScope)) | \(context.yesNo(o.targetsMet)) (\(context.domainsMeeting) of \(context.domainCount) domains) |

            """)
        if let peers = report.peers {
            out("\nCompared with \(peers.bodies) bodies.")
            if let f = peers.overall {
                out(" Peer median \(Format.score(f.median)) (middle half \(Format.score(f.q1))–\(Format.score(f.q3))); this body's percentile \(context.percentile(f.percentile)), among bodies of its type \(context.percentile(f.percentileInType)).")
            }
            out("\n")
        }
        out("\n### Top recommendations\n\n")
        for r in report.recommendations.prefix(Headline.recommendationsOverall) {
            out("\(r.rank). **\(r.text)** (\(r.question): level \(r.level) → \(r.target), priority \(Format.priority(r.priority)))\n")
        }
        out(if: report.recommendations.isEmpty, "None: every question meets its target.\n")
        topicRecommendations()
    }

    mutating func topic(_ t: TopicResult) {
        out("""

            ## \(t.title)

            Topic \(t.topic) · questionnaire \(t.id) version \(t.version) · \(t.method.rawValue) scoring · score **\(Format.score(t.score))** / \(t.scaleMax) · band \(context.optional(t.band)) · weakest link \(Format.level(t.weakestLink)) · target \(Format.number(t.target)) · gap \(Format.score(t.gap)) · completeness \(Format.percent(t.completeness)) · targets met: \(context.yesNo(t.targetsMet))

            | Domain | Weight | Score | Weakest link | Target | Gap | Met | Completeness |
            |---|---:|---:|---:|---:|---:|---|---:|

            """)
        for d in t.domains {
            out("| \(d.title) (\(d.id)) | \(Format.number(d.weight)) | \(Format.score(d.score)) | \(Format.level(d.weakestLink)) | \(d.target) | \(Format.score(d.gap)) | \(context.metText(d)) | \(context.completeness(d)) (\(d.answered)/\(d.inScope)) |\n")
        }
        for d in t.domains {
            out("""

                ### \(d.title)

                | Question | Answer | Level | Target | Status | Comment | Evidence | References |
                |---|---|---:|---:|---|---|---|---|

                """)
            for q in d.questions {
                let decided: Text = q.outcome.map { " (decided by: \($0.decidedBy))" } ?? ""
                let comment: Text = q.comment.map { "\($0)" } ?? ""
                let justification: Text = q.justification.map { " Not applicable: \($0)" } ?? ""
                out("| \(q.id): \(q.text) | \(context.answerText(q))\(decided) | \(Format.level(q.level)) | \(context.targetText(q)) | \(TemplateContext.statusText(q.status)) \(context.metText(q)) | \(comment)\(justification) | \(context.evidenceText(q)) | \(joined: q.references) |\n")
            }
        }
    }

    mutating func recommendations() {
        out("\n## Improvement plan\n\n")
        if report.recommendations.isEmpty {
            out("No recommendations: every question meets its target.\n")
            return
        }
        out("| # | Priority | Question | Level → target | Recommendation | References | Evidence to gather |\n|---:|---:|---|---:|---|---|---|\n")
        for r in report.recommendations {
            out("| \(r.rank) | \(Format.priority(r.priority)) | \(r.question): \(r.questionText) (\(r.topic) · \(r.domain)) | \(r.level) → \(r.target) | \(r.text) | \(joined: r.references) | \(joined: r.evidence) |\n")
        }
    }

    mutating func frameworks() {
        guard !report.frameworks.isEmpty else { return }
        out("\n## Framework views\n")
        for f in report.frameworks {
            let version: Text = f.version.map { " (\($0))" } ?? ""
            out("\n### \(f.title)\(version)\n\n| Group / item | Questions | Meeting target | Mean level |\n|---|---:|---:|---:|\n")
            for g in f.groups {
                out("| **\(g.id) \(g.title)** | \(g.questions) | \(g.meeting) | \(Format.score(g.meanLevel)) |\n")
                for i in g.items {
                    out("| \(i.id) \(i.title) (\(joined: i.questions)) | \(i.questions.count) | \(i.meeting) | \(Format.score(i.meanLevel)) |\n")
                }
            }
        }
    }

    mutating func gaps() {
        out("\n## Unanswered (\(report.unanswered.count))\n\n")
        table(report.unanswered, empty: "Every question in scope is answered.\n", header: "| Question | Topic | Domain |\n|---|---|---|\n") { q in
            "| \(q.id): \(q.text) | \(q.topic) | \(q.domain) |\n"
        }
        out("\n## Not applicable (\(report.notApplicable.count))\n\n")
        table(report.notApplicable, empty: "None.\n", header: "| Question | Justification |\n|---|---|\n") { n in
            "| \(n.id): \(n.text) | \(n.justification) |\n"
        }
        out("\n## Stale evidence (\(report.staleEvidence.count))\n\n")
        table(report.staleEvidence, empty: "None.\n", header: "| Question | Evidence | Dated | Stale before |\n|---|---|---|---|\n") { s in
            "| \(s.question) | \(s.title) | \(s.date.description) | \(s.cutoff.description) |\n"
        }
    }

    /// A table of `items` under `header` (its heading and rule rows), or `empty` when there are none.
    mutating func table<Item>(_ items: [Item], empty: Text, header: Text, row: (Item) -> Text) {
        guard !items.isEmpty else { return out(empty) }
        out(header)
        for item in items { out(row(item)) }
    }

    mutating func provenance() {
        let p = report.provenance
        out("\n## Provenance\n\n| Item | Value |\n|---|---|\n| Tool | \(p.tool) \(p.toolVersion) |\n| Report schema | \(report.schema) |\n| Questionnaire library | \(context.optional(p.library)) |\n")
        for q in p.questionnaires { out("| Questionnaire \(q.id) \(q.version) | sha256 \(q.sha256) |\n") }
        out("""
            | Answers | sha256 \(p.answersSHA256) |
            | Targets | sha256 \(context.optional(p.targetsSHA256)) |
            | Generated | \(context.optional(p.generatedAt)) |
            | Report digest | \(context.optional(report.digest)) |

            """)
    }
}
