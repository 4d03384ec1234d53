import Assessment
import BundledLibrary
import Foundation

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

    /// What named a folder found by the library search (`LibraryOptions.locate`).
    static let searchName = "the library search"

    /// How reports name it in their provenance (`Provenance.library`): `bundled with
    /// cyberassess VERSION`, a folder's path as it was given (`--questionnaires` or
    /// `CYBERASSESS_QUESTIONNAIRES`), or for a folder the library search found, its path
    /// relative to the working directory when inside it, else its absolute path. A report is
    /// often shared beyond the machine it was made on, so no path is made longer than the
    /// user wrote it.
    var reportName: String {
        switch self {
        case .bundled: "bundled with cyberassess \(toolVersion)"
        case .folder(let path, let namedBy): namedBy == Self.searchName ? Self.relativeToWorkingDirectory(path) : path
        }
    }

    /// `path` relative to the working directory when it is inside it (`.` for the directory
    /// itself), else `path` unchanged.
    static func relativeToWorkingDirectory(_ path: String, workingDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        let folder = URL(fileURLWithPath: path).standardizedFileURL.path
        let base = URL(fileURLWithPath: workingDirectory).standardizedFileURL.path
        if folder == base { return "." }
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return folder.hasPrefix(prefix) ? String(folder.dropFirst(prefix.count)) : path
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
