import Testing
@testable import Reports

@Suite struct TextRendererTests {
    @Test func plainOutputHasNoEscapeCodes() throws {
        let text = try ReportRenderer.render(Sample.report, as: .text, options: RenderOptions(colour: false)).text
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("[31m"))
        #expect(text.hasSuffix("\n"))
    }

    @Test func colourOutputUsesANSI() throws {
        let text = try ReportRenderer.render(Sample.report, as: .text, options: RenderOptions(colour: true)).text
        #expect(text.contains("\u{1B}[32m")) // a met domain
        #expect(text.contains("\u{1B}[31m")) // a domain far below target
        #expect(!text.contains("\u{1B}[31mnow")) // the input's own escape is gone
    }

    @Test func linesShowBarsAndTargets() throws {
        let lines = try ReportRenderer.render(Sample.report, as: .text).text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "Cyber self-assessment summary: Testshire <script>alert(1)</script> Council (E07…")
        #expect(lines[2] == "Overall 2.61 / 5 (Developing) · 80% complete · targets not met")
        #expect(lines[3] == "Questions answered at level 0: 0")
        #expect(lines[4] == "Weakest domain: Incident response  (1.00 / 5)")
        let pad = { (s: String) in s + String(repeating: " ", count: 44 - s.count) }
        #expect(lines.contains(pad("Cyber resilience") + " █████░░░░░ 2.61 / 5  target 3    ✗"))
        #expect(lines.contains(pad("  Governance 'apos'") + " ██████░░░░ 3.00 / 5  target 3    ✓"))
        // One of the domain's two questions is unanswered: half the bar's cells after the score.
        #expect(lines.contains(pad("  Incident response ") + " ██?????░░░ 1.00 / 5  target 3    ✗"))
        #expect(lines.contains("? in a bar: share of questions unanswered (counted as level 0)"))
        #expect(lines.contains("  1. INC-1  level 0 → 3  Write and exercise an incident response plan now"))
        let byTopic = try #require(lines.firstIndex(of: "Top recommendations by topic"))
        #expect(Array(lines[(byTopic + 1)...(byTopic + 2)]) == [
            "  Cyber resilience",
            "    1. INC-1  level 0 → 3  Write and exercise an incident response plan now",
        ])
        #expect(!lines.contains { $0.hasPrefix("DRAFT") })
        #expect(lines.last == "Unanswered 1 · Not applicable 1 · Stale evidence 1")
    }

    /// Below 80 % answered the first line says DRAFT, with the completeness and the threshold.
    @Test func draftIsMarkedOnTheFirstLine() throws {
        let lines = try ReportRenderer.render(Sample.draft, as: .text).text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "DRAFT: 60% of the questions in scope are answered; a report is final from 80%.")
        #expect(lines[1].hasPrefix("Cyber self-assessment summary: "))
    }

    @Test func linesFitTheWidth() throws {
        let lines = try ReportRenderer.render(Sample.report, as: .text, options: RenderOptions(width: 60)).text.split(separator: "\n")
        for line in lines where line.contains("█") || line.contains("░") || line.contains("?") {
            #expect(line.count <= 60, "\(line)")
        }
    }

    @Test func sanitizesTerminalControls() {
        #expect(sanitizeForTerminal("a\u{1B}[1;31mb\u{1B}]0;title\u{07}c\u{1B}]8;;x\u{1B}\\d\u{9B}e\u{202E}f\u{0}g") == "abcdefg")
        #expect(sanitizeForTerminal("one\ntwo\r\n\tthree") == "one two three")
        #expect(sanitizeForTerminal("trailing\u{1B}") == "trailing")
    }
}
