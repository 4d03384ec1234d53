import Assessment
import Audit
import Foundation
import TestSupport
import Testing
@testable import Reports

/// The comparison's two sides carry names in every format, escaped where the format needs it;
/// two different bodies are warned about everywhere; the HTML page opens like the single
/// report and draws both sides' domain scores.
@Suite struct ComparisonLabelTests {
    static let hostileOld = "<script>alert(1)</script> *Self* | [x](http://e.example)"
    static let hostileNew = "Audit & \"Co\" `tick` # _u_"

    static func reports() throws -> (old: Report, new: Report) {
        let library = try Library.loadStrict(directory: Repository.questionnaires)
        let scoring = { () throws(AssessmentError) -> Library in library }
        let old = try Report.read(Repository.root + "/" + ComparisonGoldenTests.oldAnswers, scoringWith: scoring)
        let new = try Report.read(Repository.root + "/" + ComparisonGoldenTests.newAnswers, scoringWith: scoring)
        return (old, new)
    }

    static func render(_ c: Comparison, _ format: ComparisonFormat) throws -> String {
        String(decoding: try ComparisonRenderer.render(c, as: format), as: UTF8.self)
    }

    @Test func labelsDefaultToBeforeAndAfter() throws {
        let (old, new) = try Self.reports()
        let c = Comparison(old: old, new: new, oldSource: "a", newSource: "b")
        #expect(c.old.label == "Before" && c.new.label == "After")
        let md = try Self.render(c, .md)
        #expect(md.hasPrefix("# Comparison: Before, Demo District Council 2026-27 → After, Demo District Council 2027-28\n"))
        #expect(md.contains("|  | Before | After | Change |"))
    }

    @Test func aReviewSideIsNamedFromItsHeader() {
        let header = ReviewHeader(of: "council.yaml", sha256: String(repeating: "0", count: 64), reviewer: "R", organisation: "O")
        #expect(SideLabels(old: nil, new: nil, oldReview: nil, newReview: header) == SideLabels(old: "Self-assessment", new: "Assurance review"))
        #expect(SideLabels(old: nil, new: nil, oldReview: header, newReview: nil) == SideLabels(old: "Assurance review", new: "Self-assessment"))
        #expect(SideLabels(old: nil, new: nil, oldReview: header, newReview: header) == SideLabels(old: "Before", new: "After"))
        #expect(SideLabels(old: "Ours", new: nil, oldReview: nil, newReview: header) == SideLabels(old: "Ours", new: "Assurance review"))
    }

    @Test func hostileLabelsAreEscapedInEveryFormat() throws {
        let (old, new) = try Self.reports()
        let c = Comparison(old: old, new: new, oldSource: "a", newSource: "b", labels: SideLabels(old: Self.hostileOld, new: Self.hostileNew))
        let html = try Self.render(c, .html)
        #expect(!html.contains("<script>"))
        #expect(html.contains("<th>&lt;script&gt;alert(1)&lt;/script&gt; *Self* | [x](http://e.example)</th><th>Audit &amp; &quot;Co&quot; `tick` # _u_</th>"))
        #expect(html.contains("<text x=\"20\" y=\"0\">&lt;script&gt;alert(1)&lt;/script&gt; *Self* | [x](http://e.example) (solid, upper bar)</text>"))
        let md = try Self.render(c, .md)
        #expect(md.contains(Escaping.markdown(Self.hostileOld)) && md.contains(Escaping.markdown(Self.hostileNew)))
        #expect(md.contains("\\*Self\\* \\| \\[x\\]"))
        #expect(!md.contains("*Self*"))
        #expect(!md.contains("<script>"))
        let text = try Self.render(c, .text)
        #expect(text.contains("Comparison: \(Self.hostileOld), Demo District Council 2026-27 → \(Self.hostileNew), Demo District Council 2027-28\n"))
        let json = try Self.render(c, .json)
        #expect(json.contains("\"label\" : \"Audit & \\\"Co\\\" `tick` # _u_\""))
    }

    @Test func differentBodiesAreWarnedAboutInEveryFormat() throws {
        var (old, new) = try Self.reports()
        new.body.id = "E99999999"
        new.body.name = "Other Council"
        let c = Comparison(old: old, new: new, oldSource: "a", newSource: "b")
        let warning = "different bodies: Before is Demo District Council (E07000999) and After is Other Council (E99999999); the figures show two bodies side by side, not one body's change"
        #expect(c.differentBodies)
        #expect(c.warnings == [warning])
        #expect(try Self.render(c, .text).contains("  Warning: \(warning).\n"))
        #expect(try Self.render(c, .md).contains("\nWarning: \(warning).\n"))
        #expect(try Self.render(c, .html).contains("<p><span class=\"warn\">Warning: \(Escaping.html(warning)).</span></p>"))
        #expect(try Self.render(c, .json).contains("\"differentBodies\" : true"))
        #expect(try Self.render(c, .json).contains("\"warnings\" : [\n    \"\(warning)\""))
        #expect(c.topics.count == old.topics.count)
        let same = Comparison(old: old, new: old, oldSource: "a", newSource: "a")
        #expect(!same.differentBodies && same.warnings.isEmpty)
    }

    @Test func htmlOpensLikeTheSingleReportAndDrawsBothSides() throws {
        let (old, new) = try Self.reports()
        let c = Comparison(old: old, new: new, oldSource: "a", newSource: "b")
        let html = try Self.render(c, .html)
        let single = String(decoding: try ReportRenderer.render(old, as: .html), as: UTF8.self)
        let stylesheet = try #require(single.range(of: "</style>")).lowerBound
        #expect(html.hasPrefix(String(single[..<stylesheet])
            .replacingOccurrences(of: "Cyber resilience report: Demo District Council, 2026-27", with: "Comparison: Before, Demo District Council 2026-27 → After, Demo District Council 2027-28")))
        #expect(html.contains("<header>\n<p class=\"kicker\">Cyber resilience comparison: Before → After</p>\n<h1>Demo District Council</h1>\n<dl class=\"facts\">\n<dt>Before</dt><dd>Demo District Council (E07000999), period 2026-27</dd>\n"))
        let domains = c.topics.reduce(0) { $0 + $1.domains.count }
        #expect(html.components(separatedBy: "<g class=\"row\">").count - 1 == domains)
        #expect(html.components(separatedBy: "<rect class=\"bar new\"").count - 1 == domains + 1) // and the legend
        #expect(html.contains("<pattern id=\"hatch-new\""))
    }

    @Test func chartLabelsWrapInsteadOfBeingCut() {
        #expect(ComparisonChart.wrap("Identity and access management for privileged users", width: 20)
                == ["Identity and access", "management for", "privileged users"])
        #expect(ComparisonChart.wrap("Supercalifragilistic", width: 8) == ["Supercal", "ifragili", "stic"])
        #expect(ComparisonChart.wrap("", width: 8) == [""])
    }
}
