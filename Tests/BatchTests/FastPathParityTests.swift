import Assessment
import Batch
import Foundation
import TestSupport
import Testing

/// Without per-body reports a batch reads answers straight from libyaml's events and
/// summarises without building reports; with them it takes the full path. The shared outputs
/// must not depend on which path scored the bodies.
@Suite struct FastPathParityTests {
    /// The bundled example bodies, and the same_as and body-type fixtures (a county and a
    /// district whose questions reuse other questions' answers) with their own library.
    static let cases: [(inputs: String, library: String?, bodies: Int)] = [
        (Repository.exampleBodies, nil, 60),
        (Repository.fixtures + "/reuse-answers", Repository.fixtures + "/reuse-library", 3),
    ]

    @Test(arguments: 0..<2)
    func summaryAndBenchmarkAreByteIdenticalWithAndWithoutReports(_ index: Int) throws {
        let (inputs, libraryPath, bodies) = Self.cases[index]
        let library = try libraryPath.map { try Library.loadStrict(directory: $0) }
        try withTemporaryDirectory { base in
            let fast = try BatchFixtures.run([inputs], out: base + "/fast", jobs: 2, library: library)
            let full = try BatchFixtures.run([inputs], out: base + "/full", jobs: 2, reports: [.json], library: library)
            #expect(fast.scored == bodies && full.scored == bodies)
            #expect(FixtureFiles.files(under: base + "/full/reports").count == bodies)
            for name in ["summary.csv", "summary.jsonl", "benchmark.json"] {
                let withoutReports = try FixtureFiles.text(base + "/fast/" + name)
                let withReports = try FixtureFiles.text(base + "/full/" + name)
                #expect(withoutReports == withReports, Comment(rawValue: "\(name) differs (- without reports, + with):\n" + GoldenFile.lineDiff(expected: withoutReports, actual: withReports)))
            }
        }
    }
}
