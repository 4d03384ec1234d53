import Assessment
import Region
import Store
import Testing

@Suite struct DashboardTests {
    static func snapshot(anonymised: Bool = false) -> PeriodSnapshot {
        func entry(_ name: String, _ type: String, _ region: String, _ overall: Double, gov: Double, rsk: Double) -> PeriodSnapshot.Entry {
            .init(name: name, type: type, region: region, overall: overall, topics: ["cyber-resilience": overall], domains: ["RES-GOV": gov, "RES-RSK": rsk])
        }
        return PeriodSnapshot(period: "2026-27", anonymised: anonymised, entries: [
            entry("Alpha <b>bold</b>", "district", "South East", 1, gov: 1, rsk: 3),
            entry("Beta & \"Co\"", "district", "South East", 2, gov: 2, rsk: 4),
            entry("Gamma 'County'", "county", "North", 3, gov: 3, rsk: 2),
            entry("Delta County", "county", "North", 4, gov: 4, rsk: 5),
        ], failed: 2, recurring: [.init(question: "RES-GOV-01", text: "Name a <senior> owner", bodies: 3)])
    }

    @Test func aggregatesASmallHandComputedSet() throws {
        let d = Dashboard(Self.snapshot(), library: RegionFixtures.library)
        #expect(d.scored == 4 && d.failed == 2)
        #expect(d.overall?.median == 2.5)
        #expect(d.domains.map(\.id) == ["RES-GOV", "RES-RSK"])
        // RES-GOV: 1, 2, 3, 4 → quartiles 1.75, 2.5, 3.25; baseline level 3 (2 of 4), enhanced 4 (1 of 4).
        let gov = d.domains[0]
        #expect(gov.statistics?.q1 == 1.75 && gov.statistics?.median == 2.5 && gov.statistics?.q3 == 3.25)
        #expect(gov.target == 3)
        #expect(gov.meeting == ["baseline": 0.5, "enhanced": 0.25])
        // RES-RSK: 3, 4, 2, 5; baseline level 3 (3 of 4), enhanced 4 (2 of 4).
        #expect(d.domains[1].meeting == ["baseline": 0.75, "enhanced": 0.5])
        #expect(d.weakest.map(\.id) == ["RES-GOV", "RES-RSK"])
        #expect(d.heatMap.map(\.label) == ["Delta County", "Gamma 'County'", "Beta & \"Co\"", "Alpha <b>bold</b>"])
        #expect(d.heatMap[0].cells == [4, 5])
        #expect(d.byType.map(\.name) == ["county", "district"])
        #expect(d.byType.map { $0.overall?.median } == [3.5, 1.5])
        #expect(d.byRegion.map(\.bodies) == [2, 2])
    }

    @Test func everyNameIsEscaped() {
        let html = DashboardHTML.render(Dashboard(Self.snapshot(), library: RegionFixtures.library))
        #expect(!html.contains("<b>bold"))
        #expect(!html.contains("<senior>"))
        #expect(html.contains("Alpha &lt;b&gt;bold&lt;/b&gt;"))
        #expect(html.contains("Beta &amp; &quot;Co&quot;"))
        #expect(html.contains("Gamma &#39;County&#39;"))
        #expect(html.contains("Name a &lt;senior&gt; owner"))
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src="))
    }

    @Test func theAnonymisedDashboardNamesNobodyAndHidesSmallGroups() {
        let d = Dashboard(Self.snapshot(anonymised: true), library: RegionFixtures.library, minGroup: 3)
        #expect(d.heatMap.allSatisfy { $0.label == nil })
        #expect(d.byType.isEmpty && d.byRegion.isEmpty && d.suppressedGroups == 4)
        let html = DashboardHTML.render(d)
        for name in ["Alpha", "Beta", "Gamma", "Delta", "South East", "North", "county", "district"] { #expect(!html.contains(name)) }
    }

    @Test func everyBodyOfAHundredIsNamedInTheHeatMap() {
        let entries = (0..<100).map { i in
            PeriodSnapshot.Entry(name: "Body \(i)", type: "district", region: "North", overall: Double(i) / 20, topics: [:], domains: ["RES-GOV": Double(i) / 20])
        }
        let d = Dashboard(PeriodSnapshot(period: "2026-27", anonymised: false, entries: entries, failed: 0, recurring: []), library: RegionFixtures.library)
        #expect(d.bodiesPerRow == 1 && d.heatMap.count == 100)
        let html = DashboardHTML.render(d)
        for i in 0..<100 { #expect(html.contains(">Body \(i)<title>")) }
    }

    @Test func largeSetsAreDrawnAsRowsOfBodiesAdjacentInRank() {
        let entries = (0..<1000).map { i in
            PeriodSnapshot.Entry(name: "Body \(i)", type: "district", region: "North", overall: Double(i) / 200, topics: [:], domains: ["RES-GOV": Double(i) / 200])
        }
        let d = Dashboard(PeriodSnapshot(period: "2026-27", anonymised: false, entries: entries, failed: 0, recurring: []), library: RegionFixtures.library)
        #expect(d.bodiesPerRow == 9)
        #expect(d.heatMap.count == 112)
        #expect(d.heatMap[0].label == "ranks 1–9")
        // The top nine are 4.995 down to 4.955: their mean.
        #expect(abs((d.heatMap[0].cells[0] ?? 0) - 4.975) < 1e-9)
    }

    /// The dashboard's page opens with the project's one HTML head: the content security
    /// policy, the language and the escaped title, then the region's stylesheet.
    @Test func thePageHasTheProjectHeadAndContentSecurityPolicy() {
        let html = DashboardHTML.render(Dashboard(Self.snapshot(), library: RegionFixtures.library))
        #expect(html.hasPrefix("""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>Regional dashboard 2026-27</title>
            <style>
            body { font: 14px/1.4 system-ui
            """))
        #expect(html.hasSuffix("</table>\n</body>\n</html>\n"))
        #expect(html.components(separatedBy: "<head>").count == 2)
    }
}
