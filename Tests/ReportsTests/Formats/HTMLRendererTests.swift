import Testing
@testable import Reports

@Suite struct HTMLRendererTests {
    let html: String

    init() throws {
        html = try ReportRenderer.render(Sample.report, as: .html).text
    }

    @Test func escapesEveryInputText() {
        #expect(html.contains("Testshire &lt;script&gt;alert(1)&lt;/script&gt; Council"))
        #expect(!html.contains("<script"))
        #expect(html.contains("Governance &#39;apos&#39;"))
        #expect(html.contains("Jo &quot;quotes&quot; Bloggs"))
        #expect(html.contains("No policy team &lt;script&gt;"))
        #expect(!html.contains("\u{1B}"))
        #expect(!html.contains("[31m"))
    }

    @Test func isSelfContained() {
        #expect(!html.contains("http://"))
        #expect(!html.contains("https://"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src="))
        #expect(!html.contains("url("))
        #expect(!html.contains("@import"))
        #expect(html.contains("<style>"))
        #expect(html.contains("@page { size: A4"))
    }

    @Test func chartHasOneBarPerDomainAndPeerMarkers() {
        #expect(html.components(separatedBy: "<svg").count == 2)
        // Two topic bars and three domain bars.
        #expect(html.components(separatedBy: "<rect class=\"bar ").count - 1 == 5)
        #expect(html.contains("<rect class=\"bar near\" x=\"256\" y=\"13\" width=\"208.8\" height=\"14\"/>"))
        #expect(html.contains("<rect class=\"bar met\" x=\"256\" y=\"36\" width=\"240\" height=\"12\"/>"))
        #expect(html.components(separatedBy: "<polygon class=\"peer\"").count - 1 == 3) // two domains and the legend
        #expect(html.contains("Peer median (12 bodies)"))
        #expect(html.contains("<text class=\"heading\" x=\"0\" y=\"24\">Cyber resilience</text>"))
    }

    @Test func showsSummaryFigures() {
        #expect(html.contains("<span class=\"value\">2.61</span><span class=\"sub\">out of 5</span>"))
        #expect(html.contains("<span class=\"value\">80%</span><span class=\"sub\">4 of 5 questions</span>"))
        #expect(html.contains("1 of 3 domains"))
        #expect(html.contains("Write and exercise an incident response plan now"))
    }

    @Test func showsQuestionDetail() {
        #expect(html.contains("Decided by: every partially-achieved indicator agreed"))
        #expect(html.contains("<td class=\"num\">Achieved</td>"))
        #expect(html.contains("Board minutes — SharePoint/Board (2022-01-10) <span class=\"stale\">stale</span>"))
        #expect(html.contains("ncsc-caf:A1.a; iso27001:5.1"))
        #expect(html.contains("=HYPERLINK(&quot;x&quot;)"))
        #expect(html.contains("Not applicable: No policy team"))
    }

    @Test func showsProvenance() {
        #expect(html.contains("<dt>Questionnaire caf-outcomes 2.0</dt><dd>sha256 bb22</dd>"))
        #expect(html.contains("<dt>Answers</dt><dd>sha256 cc33</dd>"))
    }

    @Test func customTemplateGetsTheSameContext() throws {
        let template = "<p>{{body.name}}|{{summary.score}}|{{#topics}}{{id}};{{/topics}}</p>"
        let out = try ReportRenderer.render(Sample.report, as: .html, options: RenderOptions(template: template)).text
        #expect(out == "<p>Testshire &lt;script&gt;alert(1)&lt;/script&gt; Council|2.61|cyber-resilience;caf-outcomes;</p>")
    }

    @Test func invalidTemplateNamesTheLine() {
        let template = "<ul>\n{{#topics}}\n<li>{{title}}</li>\n{{/domains}}\n</ul>\n"
        #expect(throws: ReportError.templateSyntax(
            template: "custom template", line: 4, column: 4, text: "{{/domains}}",
            reason: "the closing tag does not match the open section")) {
            try ReportRenderer.render(Sample.report, as: .html, options: RenderOptions(template: template))
        }
    }

    @Test func unclosedTagIsAnError() {
        let error = #expect(throws: ReportError.self) {
            try ReportRenderer.render(Sample.report, as: .html, options: RenderOptions(template: "<p>{{#topics}}</p>"))
        }
        guard case .templateSyntax(let name, _, _, _, _) = error else {
            Issue.record("expected a template syntax error, got \(String(describing: error))")
            return
        }
        #expect(name == "custom template")
    }
}
