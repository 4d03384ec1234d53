import Foundation

/// Paths inside the repository, found from this file's location.
enum RepoPaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let questionnaires = root + "/questionnaires"
    static let demo = questionnaires + "/examples/demo-council.yaml"
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/Fixtures"
}
