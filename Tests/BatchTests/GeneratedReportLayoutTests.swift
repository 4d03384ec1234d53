import Assessment
import Batch
import Synthetic
import TestSupport
import Testing
@testable import Reports

/// The code-written HTML and Markdown reports against the bundled templates on seeded
/// synthetic bodies, which mix every answer shape the generator knows (blanks, `na` with
/// justifications, comments, evidence, outcome indicators).
@Suite struct GeneratedReportLayoutTests {
    @Test func layoutsMatchTheTemplatesOnGeneratedBodies() throws {
        let library = try Library.loadStrict(directory: Repository.questionnaires)
        let scorer = Scorer(library: library)
        try withTemporaryDirectory { folder in
            for path in try SyntheticBodies(library: library, seed: 17).write(count: 12, to: folder, durable: false) {
                let report = try scorer.score(file: path)
                let context = TemplateContext(report: report).values()
                #expect(try HTMLReportLayout.render(report) == ReportTemplate.html.render(context, custom: nil), Comment(rawValue: path))
                #expect(MarkdownReportLayout.render(report) == (try ReportTemplate.markdown.render(context, custom: nil)), Comment(rawValue: path))
            }
        }
    }
}
