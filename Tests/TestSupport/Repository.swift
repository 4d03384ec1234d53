import Foundation

/// Paths inside this repository, found from this file's location (`Tests/TestSupport/`), so
/// tests read the bundled questionnaires and examples wherever the checkout is.
public enum Repository {
    /// The repository's root folder.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// The bundled questionnaire library.
    public static let questionnaires = root + "/questionnaires"

    /// The demo council's complete answers file, the example `cyberassess demo` scores.
    public static let demoAnswers = questionnaires + "/examples/demo-council.yaml"

    /// The folder of sixty example bodies' answers files.
    public static let exampleBodies = questionnaires + "/examples/bodies"

    /// The committed example (golden) reports.
    public static let reportExamples = root + "/reports/examples"

    /// The assessment tests' fixture folder (a small library, answers and questionnaires).
    public static let fixtures = root + "/Tests/AssessmentTests/Fixtures"

    /// `path` with the repository root and the slash after it removed, when it is inside it.
    public static func relative(_ path: String) -> String {
        path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }
}
