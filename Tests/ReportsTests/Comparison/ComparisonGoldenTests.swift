import Assessment
import Audit
import Foundation
import Reports
import TestSupport
import Testing

/// The demo council compared with itself a year on (`reports/examples/demo-council-2027-28.yaml`)
/// must render, in each comparison format, exactly the committed `demo-council-comparison.*`
/// files. Sources are named relative to the repository root, as the command line names them
/// when run from there, so the regenerate command below rewrites the same bytes.
@Suite struct ComparisonGoldenTests {
    /// The two answers files compared, as named from the repository root.
    static let oldAnswers = "questionnaires/examples/demo-council.yaml"
    static let newAnswers = "reports/examples/demo-council-2027-28.yaml"

    /// The command, run from the repository root, that rewrites the four golden files.
    static let regenerate = """
        for f in text md html json; do swift run cyberassess compare \(oldAnswers) \(newAnswers) --questionnaires questionnaires \
        --format $f -o reports/examples/demo-council-comparison.$f; done; \
        mv reports/examples/demo-council-comparison.text reports/examples/demo-council-comparison.txt
        """

    /// The comparison of the two answers files, each scored with the bundled library.
    static func comparison() throws -> Comparison {
        let library = try Library.loadStrict(directory: Repository.questionnaires)
        let scoring = { () throws(AssessmentError) -> Library in library }
        let old = try Report.read(Repository.root + "/" + oldAnswers, scoringWith: scoring)
        let new = try Report.read(Repository.root + "/" + newAnswers, scoringWith: scoring)
        return Comparison(old: old, new: new, oldSource: oldAnswers, newSource: newAnswers)
    }

    /// The committed golden file for `format` (`.txt` for text, as for the demo report).
    static func goldenPath(_ format: ComparisonFormat) -> String {
        Repository.reportExamples + "/demo-council-comparison." + (format == .text ? "txt" : format.rawValue)
    }

    @Test(arguments: ComparisonFormat.allCases)
    func demoComparisonMatchesGoldenFile(format: ComparisonFormat) throws {
        let rendered = try ComparisonRenderer.render(try Self.comparison(), as: format)
        let path = Self.goldenPath(format)
        let golden = FileManager.default.contents(atPath: path).map { GoldenFile.maskingTimestamps([UInt8]($0)) }
        if let difference = GoldenFile.difference(GoldenFile.maskingTimestamps(rendered), golden: golden, path: path, regenerate: Self.regenerate) {
            Issue.record(Comment(rawValue: difference))
        }
    }

    @Test func theExampleShowsImprovementsAndRegressions() throws {
        let comparison = try Self.comparison()
        #expect(comparison.changedQuestions.map(\.id).sorted() == ["DAB-MON-06", "DAB-MON-07", "RES-AST-01", "RES-GOV-03", "RES-IAM-01", "RES-REC-01", "RES-RSK-05"])
        #expect(!comparison.regressions.isEmpty)
        #expect(comparison.comparability.share == 1)
    }
}
