import Foundation
import Testing
import Assessment
@testable import Reports

@Suite struct JSONRendererTests {
    @Test func isTheCanonicalJSON() throws {
        let bytes = try ReportRenderer.render(Sample.report, as: .json)
        #expect(bytes == (try Sample.report.canonicalJSON()))
    }

    @Test func roundTripsToAnEqualReport() throws {
        let bytes = try ReportRenderer.render(Sample.report, as: .json)
        let decoded = try JSONDecoder().decode(Report.self, from: Data(bytes))
        #expect(decoded == Sample.report)
    }

    @Test func rejectsATemplate() {
        #expect(throws: ReportError.templateNotSupported(format: .json)) {
            try ReportRenderer.render(Sample.report, as: .json, options: RenderOptions(template: "{{x}}"))
        }
    }
}
