import Assessment
import Region
import Testing

@Suite struct TrendTests {
    /// 2024-25 as scored; 2025-26 on a later cyber-resilience, 3.1.0, which dropped RES-GOV-01;
    /// 2026-27 on the same version with RES-RSK down from 2.1 to 1.5.
    static func threePeriods() -> [(report: Report, source: String)] {
        let first = RegionFixtures.demo(period: "2024-25")
        var second = RegionFixtures.demo(period: "2025-26")
        second.topics[0].version = "3.1.0"
        second.topics[0].domains[0].questions.removeAll { $0.id == "RES-GOV-01" }
        var third = second
        third.period = "2026-27"
        third.topics[0].domains[1].score = 1.5
        // Given out of order: the trend sorts by period.
        return [(third, "c.json"), (first, "a.json"), (second, "b.json")]
    }

    @Test func threePeriodsWithAVersionChangeInTheMiddle() throws {
        let trend = try Trend(Self.threePeriods())
        #expect(trend.periods == ["2024-25", "2025-26", "2026-27"])
        #expect(trend.sources == ["a.json", "b.json", "c.json"])
        let rsk = try #require(trend.series.first { $0.id == "RES-RSK" })
        #expect(rsk.scores == [2.1, 2.1, 1.5])
        #expect(rsk.kind == .domain && rsk.topic == "cyber-resilience" && rsk.target == 3)
        #expect(trend.series.first?.id == "overall")

        // Step 1: the version change and the removed question, no regression.
        let k = trend.steps[0].comparability
        #expect(k.versionChanges.count == 1 && k.versionChanges[0].contains("3.0.0") && k.versionChanges[0].contains("3.1.0"))
        #expect(k.onlyOld == 1 && k.onlyNew == 0)
        #expect(trend.steps[0].regressions.isEmpty)
        // Step 2: like for like, RES-RSK down.
        #expect(trend.steps[1].comparability.versionChanges.isEmpty)
        #expect(trend.regressions.map(\.from) == ["2025-26"])
        #expect(trend.regressions.map(\.regression.domain) == ["RES-RSK"])
    }

    @Test func everyFormatShowsScoresComparabilityAndRegressions() throws {
        let trend = try Trend(Self.threePeriods())
        let text = String(decoding: TrendRenderer.render(trend, as: .text), as: UTF8.self)
        #expect(text.contains("2.10      2.10      1.50"))
        #expect(text.contains("1 question removed"))
        #expect(text.contains("regression: "))
        let markdown = String(decoding: TrendRenderer.render(trend, as: .md), as: UTF8.self)
        #expect(markdown.contains("## 2025-26 → 2026-27"))
        #expect(markdown.contains("- Regression: "))
        let html = String(decoding: TrendRenderer.render(trend, as: .html), as: UTF8.self)
        // One chart for the overall score and one per topic, each topic with its target line.
        #expect(html.components(separatedBy: "<svg").count - 1 == 1 + trend.series.filter { $0.kind == .topic }.count)
        #expect(html.contains("stroke-dasharray"))
        #expect(!html.contains("<script") && !html.contains("<link"))  // self-contained
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"))
    }

    @Test func namesAreEscapedInHTMLAndMarkdown() throws {
        var periods = Self.threePeriods()
        for i in periods.indices { periods[i].report.body.name = "<script>alert(1)</script> & *Co*" }
        let trend = try Trend(periods)
        let html = String(decoding: TrendRenderer.render(trend, as: .html), as: UTF8.self)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; *Co*"))
        let markdown = String(decoding: TrendRenderer.render(trend, as: .md), as: UTF8.self)
        #expect(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \\*Co\\*"))
    }

    @Test func refusesOnePeriodSeveralBodiesOrARepeatedPeriod() {
        let demo = RegionFixtures.demo(period: "2025-26")
        #expect(throws: TrendError.tooFewPeriods(1)) { try Trend([(demo, "a")]) }
        var other = RegionFixtures.demo(period: "2026-27")
        other.body.id = "X1"
        #expect(throws: TrendError.severalBodies([demo.body.id, "X1"].sorted())) { try Trend([(demo, "a"), (other, "b")]) }
        #expect(throws: TrendError.samePeriod(period: "2025-26", "a", "b")) { try Trend([(demo, "a"), (demo, "b")]) }
    }

    @Test func theRegionalTrendGivesMediansAndQuartilesPerPeriod() {
        let trend = RegionalTrend([
            .init(period: "2025-26", overall: [1, 2, 3, 4, 5], topics: ["cyber-resilience": [2, 4]]),
            .init(period: "2026-27", overall: [2, 4], topics: [:]),
        ])
        #expect(trend.bodies == [5, 2])
        #expect(trend.lines.map(\.id) == ["overall", "cyber-resilience"])
        #expect(trend.lines[0].statistics.map { $0?.median } == [3, 3])
        #expect(trend.lines[0].statistics.map { $0?.q1 } == [2, 2.5])
        #expect(trend.lines[1].statistics[1] == nil)
        let text = String(decoding: trend.render(as: .text), as: UTF8.self)
        #expect(text.contains("3.00 (2.00–4.00)"))
    }
}
