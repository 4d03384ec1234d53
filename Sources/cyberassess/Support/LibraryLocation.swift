import Assessment
import BundledLibrary

/// Which questionnaire library a command uses: a folder given or found, or the library
/// compiled into the executable when no folder is.
enum LibraryLocation: Equatable {
    /// A folder, and what named it (`--questionnaires`, `CYBERASSESS_QUESTIONNAIRES` or the
    /// library search).
    case folder(String, namedBy: String)
    /// `BundledLibrary`.
    case bundled

    /// What bundled files are called in messages: `bundled:questionnaires/cyber-resilience.yaml`.
    static let bundledPrefix = "bundled:questionnaires/"

    /// The folder, or nil for the bundled library.
    var folder: String? {
        if case .folder(let path, _) = self { return path }
        return nil
    }

    /// How messages name it: the folder's path, or `bundled:questionnaires` (the prefix of its
    /// files' names) and the version of the tool it is compiled into.
    var name: String {
        switch self {
        case .folder(let path, _): path
        case .bundled: "bundled:questionnaires (the library compiled into cyberassess \(toolVersion))"
        }
    }

    /// The bundled library's questionnaires and catalogues as files to read, named
    /// `bundled:questionnaires/PATH`.
    static var bundledSources: [SourceFile] {
        BundledLibrary.libraryFiles.map { SourceFile(path: bundledPrefix + $0.path, bytes: Array($0.text.utf8)) }
    }

    /// The demo council's answers: from `examples/` of a folder, else the bundled copy.
    func demoAnswers() throws(AssessmentError) -> SourceFile {
        let path = "examples/demo-council.yaml"
        if let folder { return try SourceFile.read(folder + "/" + path) }
        guard let file = BundledLibrary.file(path) else { throw .usage("the bundled library holds no \(path)") }
        return SourceFile(path: Self.bundledPrefix + path, bytes: Array(file.text.utf8))
    }
}
