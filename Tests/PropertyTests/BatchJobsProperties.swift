import Assessment
import Reports
import Batch
import Foundation
import PropertyBased
import Synthetic
import TestSupport
import Testing

/// A batch's outputs do not depend on how many workers ran it.
@Suite struct BatchJobsProperties {
    @Test func oneAndTwoJobsWriteTheSameFiles() async {
        await propertyCheck(count: 3, input: Gen.int(in: 0...10_000), Gen.int(in: 1...6)) { seed, count in
            try withTemporaryDirectory { base in
                let input = base + "/in"
                _ = try SyntheticBodies(library: PropertyFixtures.library, seed: UInt64(seed)).write(count: count, to: input, durable: false, jobs: 1)
                // Odd seeds write per-body reports (the full path), even ones only summaries (the fast path).
                let reports: [ReportFormat] = seed % 2 == 1 ? [.json, .csv] : []
                for jobs in [1, 2] {
                    let options = BatchOptions(outputFolder: base + "/out\(jobs)", jobs: jobs, reportFormats: reports)
                    _ = try BatchRunner(library: PropertyFixtures.library, options: options).run(try BatchInputs.collect([input]))
                }
                let one = FixtureFiles.files(under: base + "/out1"), two = FixtureFiles.files(under: base + "/out2")
                #expect(one == two)
                #expect(!one.isEmpty)
                for file in one {
                    #expect(FileManager.default.contents(atPath: base + "/out1/" + file) == FileManager.default.contents(atPath: base + "/out2/" + file), "\(file) differs")
                }
            }
        }
    }
}
