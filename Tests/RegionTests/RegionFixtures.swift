import Assessment
import Foundation
import TestSupport

/// The bundled library and the demo council's report, for trend and dashboard tests.
enum RegionFixtures {
    static let root = Repository.root
    static let library: Library = try! Library.loadStrict(directory: root + "/questionnaires")
    static let demo: Report = try! Scorer(library: library).score(file: root + "/questionnaires/examples/demo-council.yaml")

    /// The demo report for `period`.
    static func demo(period: String) -> Report {
        var report = demo
        report.period = period
        return report
    }

}
