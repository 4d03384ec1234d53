import Batch
import Foundation
import TestSupport
import Testing

/// Without per-body reports a batch reads answers straight from libyaml's events and
/// summarises without building reports; with them it takes the full path. The shared outputs
/// must not depend on which path scored the bodies.
@Suite struct FastPathParityTests {
    @Test func summaryAndBenchmarkAreByteIdenticalWithAndWithoutReports() throws {
        try withTemporaryDirectory { base in
            let fast = try BatchFixtures.run([Repository.exampleBodies], out: base + "/fast", jobs: 2)
            let full = try BatchFixtures.run([Repository.exampleBodies], out: base + "/full", jobs: 2, reports: [.json])
            #expect(fast.scored == 60 && full.scored == 60)
            #expect(FixtureFiles.files(under: base + "/full/reports").count == 60)
            for name in ["summary.csv", "summary.jsonl", "benchmark.json"] {
                let withoutReports = try FixtureFiles.text(base + "/fast/" + name)
                let withReports = try FixtureFiles.text(base + "/full/" + name)
                #expect(withoutReports == withReports, Comment(rawValue: "\(name) differs (- without reports, + with):\n" + GoldenFile.lineDiff(expected: withoutReports, actual: withReports)))
            }
        }
    }
}
