import Assessment
import Foundation
import TestSupport
import Testing
@testable import Reports

/// The bundled HTML and Markdown reports are written by code for speed; the bundled Mustache
/// templates stay the specification (and the starting point of custom templates). The code
/// must give the template's bytes for every report: the demo council, every example body, the
/// hand-built sample with its hostile text and peer figures, and variations of it with empty
/// and missing parts.
@Suite struct LayoutParityTests {
    static let library = try! Library.loadStrict(directory: Repository.questionnaires)

    static func exampleReports() throws -> [Report] {
        let scorer = Scorer(library: library)
        let bodies = try FileManager.default.contentsOfDirectory(atPath: Repository.exampleBodies)
            .filter { $0.hasSuffix(".yaml") }.sorted()
            .map { Repository.exampleBodies + "/" + $0 }
        return try ([Repository.demoAnswers] + bodies).map { try scorer.score(file: $0) }
    }

    /// The sample with parts removed or made awkward, so every optional branch is taken.
    static func sampleVariations() -> [Report] {
        var bare = Sample.report
        bare.peers = nil
        bare.profile = nil
        bare.assessor = nil
        bare.recommendations = []
        bare.frameworks = []
        bare.unanswered = []
        bare.notApplicable = []
        bare.staleEvidence = []
        bare.digest = nil
        bare.body.type = nil
        bare.body.region = nil
        var noRows = bare
        noRows.topics = []
        var awkward = Sample.report
        awkward.body.name = "Line\r\nbreaks | pipes * stars _ and \u{1B}]8;;x\u{07}links\u{202E} [x](y) # ! ` \\ & 'quotes' \"double\""
        awkward.peers?.overall = nil
        awkward.frameworks[0].version = nil
        awkward.provenance.generatedAt = "2026-01-01T00:00:00Z"
        awkward.provenance.targetsSHA256 = "cc33"
        awkward.digest = "dd44"
        return [Sample.report, bare, noRows, awkward]
    }

    @Test func htmlLayoutMatchesTheBundledTemplate() throws {
        for report in try Self.exampleReports() + Self.sampleVariations() {
            let template = try ReportTemplate.html.render(TemplateContext(report: report).values(), custom: nil)
            let code = try HTMLReportLayout.render(report)
            #expect(code == template, Comment(rawValue: "\(report.body.id): " + GoldenFile.lineDiff(expected: String(decoding: template, as: UTF8.self), actual: String(decoding: code, as: UTF8.self))))
        }
    }

    @Test func markdownLayoutMatchesTheBundledTemplate() throws {
        for report in try Self.exampleReports() + Self.sampleVariations() {
            let template = try ReportTemplate.markdown.render(TemplateContext(report: report).values(), custom: nil)
            let code = MarkdownReportLayout.render(report)
            #expect(code == template, Comment(rawValue: "\(report.body.id): " + GoldenFile.lineDiff(expected: String(decoding: template, as: UTF8.self), actual: String(decoding: code, as: UTF8.self))))
        }
    }

    @Test func escapingInOnePassGivesTheDocumentedText() {
        #expect(Escaping.html("<a href='x'>&\"</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;")
        #expect(Escaping.html("plain é ✓ 🙂") == "plain é ✓ 🙂")
        #expect(Escaping.markdown("a\r\nb\rc\nd") == "a<br>b<br>c<br>d")
        #expect(Escaping.markdown("\\`*_[]|#!<&>") == "\\\\\\`\\*\\_\\[\\]\\|\\#\\!&lt;&amp;&gt;")
        #expect(Escaping.html("x\u{1B}[31my\u{0085}z\u{2066}!") == "xyz!")
        #expect(Escaping.markdown("tab\there") == "tab\there")
    }
}
