import Assessment

/// The Markdown report's DRAFT note and per-topic top recommendations;
/// `Templates/report.md.mustache` writes the same bytes.
extension MarkdownReportLayout {
    /// The DRAFT note of a report below the completeness threshold, under the title.
    mutating func draftNote() {
        guard report.isDraft else { return }
        out("\n> **\(Headline.draftNote(report))**\n")
    }

    /// The top recommendations of each topic that has any.
    mutating func topicRecommendations() {
        guard Headline.hasTopicRecommendations(report) else { return }
        out("\n### Top recommendations by topic\n")
        for t in report.topics {
            let top = Headline.topRecommendations(report, topic: t)
            guard !top.isEmpty else { continue }
            out("\n#### \(t.title)\n\n")
            for r in top {
                out("- **\(r.text)** (rank \(r.rank); \(r.question): level \(r.level) → \(r.target), priority \(Format.priority(r.priority)))\n")
            }
        }
    }
}
