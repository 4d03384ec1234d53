import Assessment
import Foundation
import Reports
import TestSupport
import Testing

/// The demo council's committed reports in `reports/examples/` must match what the current
/// code renders, byte for byte (reports carry no timestamp unless asked for). They name their
/// library `questionnaires`, as the demo run from the repository's root names the folder the
/// library search finds there. To accept an intended change, from the root:
/// `swift run cyberassess demo --out reports/examples`.
@Suite struct GoldenReportTests {
    @Test(arguments: ReportFormat.allCases)
    func demoReportMatchesGoldenFile(format: ReportFormat) throws {
        let library = try Library.loadStrict(directory: Repository.questionnaires)
        var options = ScoringOptions()
        options.library = "questionnaires"
        let report = try Scorer(library: library).score(file: Repository.demoAnswers, options: options)
        let rendered = try ReportRenderer.render(report, as: format, options: RenderOptions())
        let path = Repository.reportExamples + "/demo-council" + format.fileSuffix
        if let difference = GoldenFile.difference(rendered, goldenAt: path, regenerate: "swift run cyberassess demo --out reports/examples") {
            Issue.record(Comment(rawValue: difference))
        }
    }

    @Test func demoJSONDigestMatchesItsContent() throws {
        let bytes = try #require(FileManager.default.contents(atPath: Repository.reportExamples + "/demo-council.json"))
        let report = try Report.decode(json: [UInt8](bytes), path: "demo-council.json")
        #expect(report.digest == (try report.computeDigest()))
    }
}
