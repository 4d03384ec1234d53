import Assessment

/// The bundled HTML report written by code, byte for byte what `Templates/report.html.mustache`
/// gives for the same report (tests compare the two on many reports): far faster than a
/// template engine's dynamic lookups, so batch can write a report per body. A custom template
/// (`--template`) still goes through Mustache with `TemplateContext`.
struct HTMLReportLayout {
    typealias HTML = Markup<HTMLEscaping>

    let context: TemplateContext
    var out: MarkupDocument<HTMLEscaping>

    init(report: Report) {
        context = TemplateContext(report: report)
        // About 1.3 kB of HTML per question and 30 kB besides (mostly the stylesheet), so the
        // buffer is rarely grown and copied.
        let questions = report.topics.reduce(0) { $0 + $1.domains.reduce(0) { $0 + $1.questions.count } }
        out = MarkupDocument(capacity: 40_960 + 1_536 * questions)
    }

    var report: Report { context.report }

    /// The whole document.
    static func render(_ report: Report) throws(ReportError) -> [UInt8] {
        var layout = HTMLReportLayout(report: report)
        layout.head(stylesheet: stylesheet)
        layout.draftBanner()
        layout.header()
        layout.summary()
        layout.chart()
        layout.peerTable()
        for topic in report.topics { layout.topic(topic) }
        layout.recommendations()
        layout.frameworks()
        layout.gaps()
        layout.provenance()
        return layout.out.bytes
    }

    /// The report stylesheet, whose one home is the bundled HTML template's `<style>` element
    /// (cut out by the generator into `ReportTemplateText.stylesheet`).
    static let stylesheet: HTML = {
        var css = HTML(stringLiteral: "")
        css.bytes = Array(ReportTemplateText.stylesheet.utf8)
        return css
    }()

    mutating func head(stylesheet: HTML) {
        out(HTMLPage.head(title: context.title, stylesheet: stylesheet))
    }

    mutating func header() {
        let body = report.body
        var facts: [HTMLPage.Fact] = [
            .init(term: "Body id", value: body.id), .init(term: "Type", value: context.optional(body.type)),
            .init(term: "Region", value: context.optional(body.region)), .init(term: "Period", value: report.period),
            .init(term: "Assessor", value: context.optional(report.assessor)), .init(term: "Date", value: report.date.description),
        ]
        if let profile = report.profile { facts.append(.init(term: "Target profile", value: profile)) }
        out(HTMLPage.header(kicker: "Cyber resilience self-assessment", title: body.name, facts: facts))
    }

    mutating func summary() {
        let o = report.overall
        out("""
            <section id="summary">
            <h2>Executive summary</h2>
            <p class="sentence">\(context.sentence())</p>
            <div class="tiles">
            <div class="tile"><span class="label">Overall score</span><span class="value">\(Format.score(o.score))</span><span class="sub">out of \(context.scaleMax)</span></div>
            <div class="tile"><span class="label">Band</span><span class="value">\(context.optional(o.band))</span></div>

            """)
        headlineTiles()
        out("""
            <div class="tile"><span class="label">Completeness</span><span class="value">\(Format.percent(o.completeness))</span><span class="sub">\(o.answered) of \(o.inScope) questions</span></div>
            <div class="tile"><span class="label">Targets met</span><span class="value \(o.targetsMet ? "met" : "below")">\(context.yesNo(o.targetsMet))</span><span class="sub">\(context.domainsMeeting) of \(context.domainCount) domains</span></div>
            </div>

            """)
        topicCards()
        if let peers = report.peers {
            out("<p class=\"meta\">Compared with \(peers.bodies) bodies.")
            if let f = peers.overall {
                out(" Peer median \(Format.score(f.median)) (middle half \(Format.score(f.q1))–\(Format.score(f.q3))); this body's percentile \(context.percentile(f.percentile)), among bodies of its type \(context.percentile(f.percentileInType)).")
            }
            out("</p>\n")
        }
        out("<h3>Top recommendations</h3>\n")
        if report.recommendations.isEmpty {
            out("<p>None: every question meets its target.</p>\n")
        } else {
            out("<ol>\n")
            for r in report.recommendations.prefix(Headline.recommendationsOverall) { recommendationItem(r) }
            out("</ol>\n")
        }
        topicRecommendations()
        out("</section>\n\n")
    }

    mutating func chart() {
        out("<section id=\"chart\">\n<h2>Topic and domain scores against targets</h2>\n")
        let chart = BarChart(report: report).layout()
        guard !chart.rows.isEmpty else {
            out("<p>No domains to chart.</p>\n</section>\n\n")
            return
        }
        out("""
            <svg class="chart" role="img" aria-labelledby="chart-title" viewBox="0 0 \(chart.width) \(chart.height)" preserveAspectRatio="xMinYMin meet">
            <title id="chart-title">Score of every topic and domain against its target</title>
            <g class="grid">

            """)
        for g in chart.gridlines {
            out("<line x1=\"\(g.x)\" y1=\"\(chart.top)\" x2=\"\(g.x)\" y2=\"\(chart.plotBottom)\"/><text x=\"\(g.x)\" y=\"\(chart.axisLabelY)\" text-anchor=\"middle\">\(g.label)</text>\n")
        }
        out("</g>\n")
        for h in chart.headings {
            out("<g class=\"row topic\">\n<title>\(h.title): \(h.bar.score) against a target of \(h.bar.target)</title>\n<text class=\"heading\" x=\"0\" y=\"\(h.y)\">\(h.title)</text>\n")
            bar(h.bar)
            out("</g>\n")
        }
        for row in chart.rows {
            let peer: HTML = row.peer.map { "; peer median \($0.median)" } ?? ""
            let open: HTML = row.open.map { "; \($0.count) unanswered" } ?? ""
            out("<g class=\"row\">\n<title>\(row.fullTitle): \(row.bar.score) against a target of \(row.bar.target)\(open)\(peer)</title>\n")
            for line in row.lines { out("<text class=\"label\" x=\"8\" y=\"\(line.y)\">\(line.text)</text>\n") }
            if let o = row.open { out("<rect class=\"open\" x=\"\(o.x)\" y=\"\(row.bar.y)\" width=\"\(o.width)\" height=\"\(row.bar.height)\"/>\n") }
            bar(row.bar)
            if let p = row.peer { out("<polygon class=\"peer\" points=\"\(p.points)\"/>\n") }
            out("</g>\n")
        }
        out("""
            <g class="legend" transform="translate(0,\(chart.legendY))">
            <rect class="swatch met" x="0" y="-9" width="12" height="10"/><text x="16" y="0">Meets target</text>
            <rect class="swatch near" x="110" y="-9" width="12" height="10"/><text x="126" y="0">Within 0.5 of target</text>
            <rect class="swatch below" x="270" y="-9" width="12" height="10"/><text x="286" y="0">Below target</text>
            <line class="target" x1="392" y1="-11" x2="392" y2="3"/><text x="400" y="0">Target</text>

            """)
        if chart.hasPeers {
            out("<polygon class=\"peer\" points=\"470,-9 475,-4 470,1 465,-4\"/><text x=\"481\" y=\"0\">Peer median (\(chart.peerBodies) bodies)</text>\n")
        }
        out("</g>\n")
        if chart.hasOpen {
            out("<g class=\"legend\" transform=\"translate(0,\(chart.openLegendY))\"><rect class=\"open\" x=\"0\" y=\"-9\" width=\"24\" height=\"10\"/><text x=\"30\" y=\"0\">Share of the domain's questions unanswered (counted as level 0, unlike an answer of level 0)</text></g>\n")
        }
        out("</svg>\n</section>\n\n")
    }

    /// A bar with its target tick and value.
    mutating func bar(_ b: BarChart.Bar) {
        out("""
            <rect class="bar \(b.standing)" x="\(b.x)" y="\(b.y)" width="\(b.width)" height="\(b.height)"/>
            <line class="target" x1="\(b.targetX)" y1="\(b.targetY1)" x2="\(b.targetX)" y2="\(b.targetY2)"/>
            <text class="value" x="\(b.scoreX)" y="\(b.valueY)">\(b.score)</text>

            """)
    }

    mutating func topic(_ t: TopicResult) {
        let standing = context.standing(t).cssClass
        out("""
            <section class="topic" id="topic-\(t.id)">
            <h2>\(t.title)</h2>
            <p class="meta">Topic \(t.topic) · questionnaire <span class="id">\(t.id)</span> version \(t.version) · \(t.method.rawValue) scoring · scale 0–\(t.scaleMax)</p>
            <p>Score <strong class="\(standing)">\(Format.score(t.score))</strong> / \(t.scaleMax) · band \(context.optional(t.band)) · weakest link \(Format.level(t.weakestLink)) · target \(Format.number(t.target)) · gap \(Format.score(t.gap)) · completeness \(Format.percent(t.completeness)) · targets met: <strong class="\(standing)">\(context.yesNo(t.targetsMet))</strong></p>
            <table class="domains">
            <thead><tr><th>Domain</th><th class="num">Weight</th><th class="num">Score</th><th class="num">Weakest link</th><th class="num">Target</th><th class="num">Gap</th><th>Met</th><th class="num">Completeness</th></tr></thead>
            <tbody>

            """)
        for d in t.domains {
            let standing = context.standing(d).cssClass
            out("<tr><td>\(d.title) <span class=\"id\">\(d.id)</span></td><td class=\"num\">\(Format.number(d.weight))</td><td class=\"num \(standing)\">\(Format.score(d.score))</td><td class=\"num\">\(Format.level(d.weakestLink))</td><td class=\"num\">\(d.target)</td><td class=\"num\">\(Format.score(d.gap))</td><td class=\"\(standing)\">\(context.metText(d))</td><td class=\"num\">\(context.completeness(d)) (\(d.answered)/\(d.inScope))</td></tr>\n")
        }
        out("</tbody>\n</table>\n")
        for d in t.domains {
            out("""
                <h3>\(d.title) <span class="id">\(d.id)</span></h3>
                <table class="questions">
                <thead><tr><th>Question</th><th>Answer</th><th class="num">Level</th><th class="num">Target</th><th>Status</th><th>Comment</th><th>Evidence</th><th>References</th></tr></thead>
                <tbody>

                """)
            for q in d.questions { question(q) }
            out("</tbody>\n</table>\n")
        }
        out("</section>\n")
    }

    mutating func question(_ q: QuestionResult) {
        out("<tr class=\"q-\(q.status.rawValue)\">\n<td><span class=\"id\">\(q.id)</span> \(q.text)</td>\n<td>\(context.answerText(q))")
        if let o = q.outcome {
            out("<div class=\"decided\">Decided by: \(o.decidedBy)</div>")
            out(if: !o.agreed.isEmpty, "<div class=\"agreed\">Agreed: \(joined: o.agreed)</div>")
        }
        out("</td>\n<td class=\"num\">\(Format.level(q.level))</td>\n<td class=\"num\">\(context.targetText(q))</td>\n<td class=\"\(context.standing(q))\">\(TemplateContext.statusText(q.status))<br>\(context.metText(q))</td>\n<td>")
        if let comment = q.comment { out("\(comment)") }
        if let justification = q.justification { out("<div class=\"justification\">Not applicable: \(justification)</div>") }
        if let by = q.answeredBy { out("<div class=\"by\">Answered by \(by)</div>") }
        out("</td>\n<td>")
        if q.evidence.isEmpty {
            out("—")
        } else {
            out("<ul class=\"evidence\">")
            for e in q.evidence {
                out("<li>\(e.title)")
                if let location = e.location { out(" — \(location)") }
                if let date = e.date { out(" (\(date.description))") }
                out(if: e.stale, " <span class=\"stale\">stale</span>")
                out("</li>")
            }
            out("</ul>")
        }
        out("</td>\n<td>\(joined: q.references)</td>\n</tr>\n")
    }

    mutating func recommendations() {
        out("\n<section id=\"recommendations\">\n<h2>Improvement plan</h2>\n")
        if report.recommendations.isEmpty {
            out("<p>No recommendations: every question meets its target.</p>\n")
        } else {
            out("""
                <table>
                <thead><tr><th class="num">#</th><th class="num">Priority</th><th>Question</th><th class="num">Level → target</th><th>Recommendation</th><th>References</th><th>Evidence to gather</th></tr></thead>
                <tbody>

                """)
            for r in report.recommendations {
                out("<tr><td class=\"num\">\(r.rank)</td><td class=\"num\">\(Format.priority(r.priority))</td><td><span class=\"id\">\(r.question)</span> \(r.questionText)<div class=\"meta\">\(r.topic) · \(r.domain)</div></td><td class=\"num\">\(r.level) → \(r.target)</td><td>\(r.text)</td><td>\(joined: r.references)</td><td>\(joined: r.evidence)</td></tr>\n")
            }
            out("</tbody>\n</table>\n")
        }
        out("</section>\n\n")
    }

    mutating func frameworks() {
        guard !report.frameworks.isEmpty else { return }
        out("<section id=\"frameworks\">\n<h2>Framework views</h2>\n")
        for f in report.frameworks {
            let version: HTML = f.version.map { " (\($0))" } ?? ""
            out("""
                <h3>\(f.title)\(version) <span class="id">\(f.framework)</span></h3>
                <table>
                <thead><tr><th>Group / item</th><th class="num">Questions</th><th class="num">Meeting target</th><th class="num">Mean level</th></tr></thead>
                <tbody>

                """)
            for g in f.groups {
                out("<tr class=\"group\"><td><span class=\"id\">\(g.id)</span> \(g.title)</td><td class=\"num\">\(g.questions)</td><td class=\"num\">\(g.meeting)</td><td class=\"num\">\(Format.score(g.meanLevel))</td></tr>\n")
                for i in g.items {
                    out("<tr class=\"item\"><td><span class=\"id\">\(i.id)</span> \(i.title)<div class=\"meta\">\(joined: i.questions)</div></td><td class=\"num\">\(i.questions.count)</td><td class=\"num\">\(i.meeting)</td><td class=\"num\">\(Format.score(i.meanLevel))</td></tr>\n")
                }
            }
            out("</tbody>\n</table>\n")
        }
        out("</section>\n")
    }

    mutating func gaps() {
        out("\n<section id=\"gaps\">\n<h2>Unanswered, not applicable and stale evidence</h2>\n<h3>Unanswered (\(report.unanswered.count))</h3>\n")
        table(report.unanswered, empty: "<p>Every question in scope is answered.</p>\n", header: "<th>Question</th><th>Topic</th><th>Domain</th>") { q in
            "<tr><td><span class=\"id\">\(q.id)</span> \(q.text)</td><td>\(q.topic)</td><td>\(q.domain)</td></tr>\n"
        }
        out("<h3>Not applicable (\(report.notApplicable.count))</h3>\n")
        table(report.notApplicable, empty: "<p>None.</p>\n", header: "<th>Question</th><th>Justification</th>") { n in
            "<tr><td><span class=\"id\">\(n.id)</span> \(n.text)</td><td>\(n.justification)</td></tr>\n"
        }
        out("<h3>Stale evidence (\(report.staleEvidence.count))</h3>\n")
        table(report.staleEvidence, empty: "<p>None.</p>\n", header: "<th>Question</th><th>Evidence</th><th>Dated</th><th>Stale before</th>") { s in
            "<tr><td class=\"id\">\(s.question)</td><td>\(s.title)</td><td>\(s.date.description)</td><td>\(s.cutoff.description)</td></tr>\n"
        }
        out("</section>\n\n")
    }

    /// A table of `items` under a header row, or `empty` when there are none.
    mutating func table<Item>(_ items: [Item], empty: HTML, header: HTML, row: (Item) -> HTML) {
        guard !items.isEmpty else { return out(empty) }
        out("<table>\n<thead><tr>\(header)</tr></thead>\n<tbody>\n")
        for item in items { out(row(item)) }
        out("</tbody>\n</table>\n")
    }

    mutating func provenance() {
        let p = report.provenance
        out("""
            <section id="provenance" class="provenance">
            <h2>Provenance</h2>
            <dl class="facts">
            <dt>Tool</dt><dd>\(p.tool) \(p.toolVersion)</dd>
            <dt>Report schema</dt><dd>\(report.schema)</dd>
            <dt>Questionnaire library</dt><dd>\(context.optional(p.library))</dd>

            """)
        for q in p.questionnaires {
            out("<dt>Questionnaire \(q.id) \(q.version)</dt><dd>sha256 \(q.sha256)</dd>\n")
        }
        out("""
            <dt>Answers</dt><dd>sha256 \(p.answersSHA256)</dd>
            <dt>Targets</dt><dd>sha256 \(context.optional(p.targetsSHA256))</dd>
            <dt>Generated</dt><dd>\(context.optional(p.generatedAt))</dd>
            <dt>Report digest</dt><dd>\(context.optional(report.digest))</dd>
            </dl>
            </section>

            <footer>\(report.body.name) · \(report.period) · produced by \(p.tool) \(p.toolVersion). Scores run from 0 to the top of each scale; a target tick marks the level each domain aims for.</footer>
            </body>
            </html>

            """)
    }
}
