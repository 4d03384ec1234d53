import Testing
@testable import Reports

@Suite struct MarkdownRendererTests {
    let md: String

    init() throws {
        md = try ReportRenderer.render(Sample.report, as: .md).text
    }

    @Test func escapesPipesAndHTML() {
        #expect(md.contains("| GOV-1: Is there a board-level owner? \\|pipe\\| |"))
        #expect(md.contains("# Cyber resilience report: Testshire &lt;script&gt;alert(1)&lt;/script&gt; Council\n"))
        #expect(!md.contains("<script"))
        #expect(!md.contains("&#39;"))
        #expect(md.contains("Governance 'apos'"))
    }

    @Test func tablesKeepTheirShape() {
        // Every table row has as many unescaped pipes as its header.
        let lines = md.split(separator: "\n", omittingEmptySubsequences: false)
        guard let header = lines.firstIndex(where: { $0.hasPrefix("| Question | Answer |") }) else {
            Issue.record("no question table")
            return
        }
        let cells = { (line: Substring) in line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count }
        for line in lines[header..<(header + 4)] {
            #expect(cells(line) == 9, "\(line)")
        }
    }

    @Test func hasEachSection() {
        #expect(md.contains("| 2.61 / 5 | Developing | 0 | Incident response  (1.00 / 5) | 80% (4 of 5) | No (1 of 3 domains) |"))
        #expect(md.contains("### Top recommendations by topic\n\n#### Cyber resilience\n\n- **Write and exercise an incident response plan now** (rank 1; INC-1: level 0 → 3, priority 3.00)\n"))
        #expect(!md.contains("DRAFT"))
        #expect(md.contains("| Governance 'apos' (gov) | 1 | 3.00 | 3 | 3 | 0.00 | ✓ met | 100% (2/2) |"))
        #expect(md.contains("| 1 | 3.00 | INC-1: Is there a tested incident response plan? (cyber-resilience · inc) | 0 → 3 |"))
        #expect(md.contains("| **A Managing security risk** | 1 | 1 | 3.00 |"))
        #expect(md.contains("## Unanswered (1)"))
        #expect(md.contains("| GOV-2: Is the policy reviewed yearly? | No policy team &lt;script&gt;alert(1)&lt;/script&gt; |"))
        #expect(md.contains("| GOV-1 | Board minutes | 2022-01-10 | 2023-03-31 |"))
        #expect(md.contains("Partially achieved (decided by: every partially-achieved indicator agreed)"))
    }

    @Test func escapesLineBreaks() {
        #expect(Escaping.markdown("a\r\nb\nc\rd") == "a<br>b<br>c<br>d")
        #expect(Escaping.markdown("<b>|x|</b>") == "&lt;b&gt;\\|x\\|&lt;/b&gt;")
        #expect(Escaping.markdown("[x](javascript:alert(1)) ![](http://e.test/p.png)") == "\\[x\\](javascript:alert(1)) \\!\\[\\](http://e.test/p.png)")
    }

    @Test func customTemplateIsMarkdownEscaped() throws {
        let out = try ReportRenderer.render(Sample.report, as: .md, options: RenderOptions(template: "{{#topics}}{{#domains}}{{#questions}}{{text}}\n{{/questions}}{{/domains}}{{/topics}}")).text
        #expect(out.hasPrefix("Is there a board-level owner? \\|pipe\\|\n"))
    }

    @Test func syntaxErrorColumnIgnoresTheEscapingPrologue() {
        #expect(throws: ReportError.templateSyntax(
            template: "custom template", line: 1, column: 8, text: "abc {{/x}}",
            reason: "the closing tag does not match the open section")) {
            try ReportRenderer.render(Sample.report, as: .md, options: RenderOptions(template: "abc {{/x}}"))
        }
    }
}
