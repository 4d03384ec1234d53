import Testing
@testable import Assessment
@testable import Reports

/// The HTML report's headline tiles, topic cards and bars, per-topic recommendations, the
/// unanswered segment, wrapped chart labels and the DRAFT banner.
@Suite struct HTMLHeadlineTests {
    func html(_ report: Report) throws -> String { try ReportRenderer.render(report, as: .html).text }

    @Test func tilesShowLevelZeroAnswersAndTheWeakestDomainInsteadOfTheWeakestLink() throws {
        let html = try html(Sample.report)
        #expect(html.contains("<span class=\"label\">Answered at level 0</span><span class=\"value\">0</span>"))
        #expect(html.contains("<span class=\"label\">Weakest domain</span><span class=\"value\">1.00 / 5</span><span class=\"sub\">Incident response </span>"))
        #expect(!html.contains("<span class=\"label\">Weakest link</span>"))
    }

    @Test func everyTopicHasACardAndAChartBar() throws {
        let html = try html(Sample.report)
        #expect(html.contains("<div class=\"tile topic-card\"><span class=\"label\">Cyber resilience</span><span class=\"value near\">2.61</span><span class=\"sub\">out of 5 · target 3 · 75% answered · targets met: No</span></div>"))
        #expect(html.contains("<div class=\"tile topic-card\"><span class=\"label\">CAF outcomes</span>"))
        #expect(html.contains("<title>CAF outcomes: 3.00 against a target of 5</title>"))
    }

    @Test func topRecommendationsAreListedPerTopic() throws {
        let html = try html(Sample.report)
        #expect(html.contains("<h3>Top recommendations by topic</h3>\n<h4>Cyber resilience</h4>\n<ol>\n<li value=\"1\"><strong>Write and exercise an incident response plan now</strong>"))
        #expect(!html.contains("<h4>CAF outcomes</h4>"))  // it has no recommendation
    }

    // Incident response has one of its two questions unanswered: a dashed segment half the
    // plot wide (200 of 400) after its bar (80 wide), a legend entry, and hatched question rows.
    @Test func unansweredIsDrawnApartFromLevelZero() throws {
        let html = try html(Sample.report)
        #expect(html.contains("<rect class=\"open\" x=\"336\" y=\"56\" width=\"200\" height=\"12\"/>"))
        #expect(html.contains("<title>Incident response : 1.00 against a target of 3; 1 unanswered; peer median 2.00</title>"))
        #expect(html.contains("Share of the domain's questions unanswered (counted as level 0, unlike an answer of level 0)"))
        #expect(html.contains("tr.q-unanswered td {"))
        #expect(html.contains("<tr class=\"q-unanswered\">"))
    }

    /// A cumulative practice above the target counts as met even unanswered; its row must say
    /// only "Unanswered", never "✓ met", in HTML and Markdown.
    @Test func anUnansweredQuestionIsNeitherMetNorBelow() throws {
        var report = Sample.report
        let (t, d, q) = try #require(report.topics.indices.lazy.flatMap { t in report.topics[t].domains.indices.lazy.flatMap { d in
            report.topics[t].domains[d].questions.indices.lazy.map { (t, d, $0) } } }
            .first { report.topics[$0.0].domains[$0.1].questions[$0.2].status == .unanswered })
        report.topics[t].domains[d].questions[q].met = true
        let id = report.topics[t].domains[d].questions[q].id
        let html = try html(report)
        let row = try #require(html.components(separatedBy: "<tr class=\"q-unanswered\">").dropFirst().first { $0.contains(id) })
        #expect(row.contains("<td class=\"unscored\">Unanswered<br></td>"))
        let markdown = try ReportRenderer.render(report, as: .md).text
        let line = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| \(id):") })
        #expect(line.contains("| Unanswered  |") && !line.contains("met") && !line.contains("below"))
    }

    @Test func longDomainLabelsWrapOntoTwoLines() throws {
        var report = Sample.report
        report.topics[0].domains[0].title = "PSN and national connectivity dependencies of the council"
        let html = try html(report)
        #expect(html.contains("<text class=\"label\" x=\"8\" y=\"45\">PSN and national connectivity</text>\n<text class=\"label\" x=\"8\" y=\"57\">dependencies of the council</text>"))
        #expect(!html.contains("dependenc…"))
        #expect(BarChart.wrap("PSN and national connectivity dependencies", width: 40) == ["PSN and national connectivity", "dependencies"])
        #expect(BarChart.wrap("short", width: 40) == ["short"])
        #expect(BarChart.wrap(String(repeating: "x", count: 90), width: 40) == [String(repeating: "x", count: 40), String(repeating: "x", count: 39) + "…"])
    }

    @Test func aDraftHasABannerAndSaysSoInItsTitle() throws {
        let html = try html(Sample.draft)
        #expect(html.contains("<body>\n<p class=\"draft\" role=\"note\">DRAFT: 60% of the questions in scope are answered; a report is final from 80%.</p>\n<header>"))
        #expect(html.contains("<title>DRAFT Cyber resilience report: "))
        #expect(try !self.html(Sample.report).contains("class=\"draft\""))
    }

    /// A custom template written for the chart's earlier, flat row keys still draws its bars,
    /// and one can use the new headline values.
    @Test func customTemplatesKeepTheChartsFlatRowKeysAndGetTheNewValues() throws {
        let template = "{{#chart}}{{#rows}}{{title}} {{barWidth}} {{labelY}};{{/rows}}{{/chart}}|{{summary.levelZeroQuestions}}|{{summary.weakestDomain}}|{{#draft}}draft{{/draft}}"
        let out = try ReportRenderer.render(Sample.draft, as: .html, options: RenderOptions(template: template)).text
        #expect(out == "Governance &#39;apos&#39; 240 46;Incident response  80 66;Resilient networks 240 110;|0|Incident response  (1.00 / 5)|draft")
    }

    @Test func markdownMarksADraftUnderItsTitle() throws {
        let md = try ReportRenderer.render(Sample.draft, as: .md).text
        #expect(md.hasPrefix("# Cyber resilience report: Testshire &lt;script&gt;alert(1)&lt;/script&gt; Council\n\n> **DRAFT: 60% of the questions in scope are answered; a report is final from 80%.**\n\n| Body |"))
    }

    @Test func jsonCarriesTheDraftFlagAndFigures() throws {
        var report = Sample.draft
        report.overall.draft = true
        report.overall.levelZeroQuestions = 0
        let json = try ReportRenderer.render(report, as: .json).text
        #expect(json.contains("\"draft\" : true"))
        #expect(json.contains("\"levelZeroQuestions\" : 0"))
    }
}
