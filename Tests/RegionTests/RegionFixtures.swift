import Assessment
import Foundation

/// The bundled library and the demo council's report, for trend and dashboard tests.
enum RegionFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let library: Library = try! Library.loadStrict(directory: root + "/questionnaires")
    static let demo: Report = try! Scorer(library: library).score(file: root + "/questionnaires/examples/demo-council.yaml")

    /// The demo report for `period`.
    static func demo(period: String) -> Report {
        var report = demo
        report.period = period
        return report
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "cyberassess-region-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
