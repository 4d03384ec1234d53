import Assessment
import Foundation
import Reports
import Testing

/// The demo council's committed reports in `reports/examples/` must match what the current
/// code renders, byte for byte (reports carry no timestamp unless asked for).
/// To accept an intended change: `swift run cyberassess demo --out reports/examples`.
@Suite struct GoldenReportTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    @Test(arguments: ReportFormat.allCases)
    func demoReportMatchesGoldenFile(format: ReportFormat) throws {
        let library = try Library.loadStrict(directory: Self.root + "/questionnaires")
        let report = try Scorer(library: library).score(file: Self.root + "/questionnaires/examples/demo-council.yaml")
        let rendered = try ReportRenderer.render(report, as: format, options: RenderOptions())
        let path = Self.root + "/reports/examples/demo-council" + format.fileSuffix
        let golden = try #require(FileManager.default.contents(atPath: path), "missing golden file \(path)")
        if [UInt8](golden) != rendered {
            let expected = String(decoding: golden, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let actual = String(decoding: rendered, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(expected.count, actual.count)).first { expected[$0] != actual[$0] } ?? min(expected.count, actual.count)
            Issue.record("""
                \(path) differs from the rendered report at line \(line + 1):
                - \(line < expected.count ? expected[line] : "<end of file>")
                + \(line < actual.count ? actual[line] : "<end of file>")
                Regenerate with: swift run cyberassess demo --out reports/examples
                """)
        }
    }

    @Test func demoJSONDigestMatchesItsContent() throws {
        let bytes = try #require(FileManager.default.contents(atPath: Self.root + "/reports/examples/demo-council.json"))
        let report = try Report.decode(json: [UInt8](bytes), path: "demo-council.json")
        #expect(report.digest == (try report.computeDigest()))
    }
}
