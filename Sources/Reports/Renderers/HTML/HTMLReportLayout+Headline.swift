import Assessment

/// The HTML report's DRAFT banner, headline tiles, topic cards and per-topic top
/// recommendations; `Templates/report.html.mustache` writes the same bytes.
extension HTMLReportLayout {
    /// The DRAFT banner of a report below the completeness threshold.
    mutating func draftBanner() {
        guard report.isDraft else { return }
        out("<p class=\"draft\" role=\"note\">\(Headline.draftNote(report))</p>\n")
    }

    /// The tiles that replace the overall weakest link: level-0 answers and the weakest domain.
    mutating func headlineTiles() {
        out("""
            <div class="tile"><span class="label">Answered at level 0</span><span class="value">\(report.levelZeroQuestions)</span><span class="sub">questions answered "not in place"</span></div>
            <div class="tile"><span class="label">Weakest domain</span><span class="value">\(Headline.weakestDomainScore(report))</span><span class="sub">\(Headline.weakestDomainTitle(report))</span></div>

            """)
    }

    /// One card per topic with its score against its target.
    mutating func topicCards() {
        guard !report.topics.isEmpty else { return }
        out("<div class=\"tiles topics\">\n")
        for t in report.topics {
            let standing = context.standing(t).cssClass
            out("<div class=\"tile topic-card\"><span class=\"label\">\(t.title)</span><span class=\"value \(standing)\">\(Format.score(t.score))</span><span class=\"sub\">out of \(t.scaleMax) · target \(Format.number(t.target)) · \(Format.percent(t.completeness)) answered · targets met: \(context.yesNo(t.targetsMet))</span></div>\n")
        }
        out("</div>\n")
    }

    /// The top recommendations of each topic that has any.
    mutating func topicRecommendations() {
        guard Headline.hasTopicRecommendations(report) else { return }
        out("<h3>Top recommendations by topic</h3>\n")
        for t in report.topics {
            let top = Headline.topRecommendations(report, topic: t)
            guard !top.isEmpty else { continue }
            out("<h4>\(t.title)</h4>\n<ol>\n")
            for r in top { recommendationItem(r) }
            out("</ol>\n")
        }
    }

    /// One recommendation as a list item.
    mutating func recommendationItem(_ r: Recommendation) {
        out("<li value=\"\(r.rank)\"><strong>\(r.text)</strong> <span class=\"meta\">(\(r.question): level \(r.level) → \(r.target), priority \(Format.priority(r.priority)))</span></li>\n")
    }
}
