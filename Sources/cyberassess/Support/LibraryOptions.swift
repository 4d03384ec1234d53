import ArgumentParser
import Assessment
import Foundation

/// Where to find the questionnaire library.
struct LibraryOptions: ParsableArguments {
    @Option(name: .customLong("questionnaires"), help: ArgumentHelp(
        "Folder of questionnaires and framework catalogues.",
        discussion: "Default: $CYBERASSESS_QUESTIONNAIRES, else a questionnaires/ folder beside the executable or above it, else above the working directory, else the library compiled into cyberassess.",
        valueName: "dir"))
    var directory: String?

    /// The library to use: `--questionnaires`, then `CYBERASSESS_QUESTIONNAIRES`, then a
    /// `questionnaires/` (or `share/cyberassess/questionnaires/`) folder holding `frameworks/`
    /// beside the executable or in a folder above it, then the same above the working
    /// directory, and when none is found the bundled library.
    func locate() -> LibraryLocation {
        if let directory { return .folder(directory, namedBy: "--questionnaires") }
        if let fromEnvironment = ProcessInfo.processInfo.environment["CYBERASSESS_QUESTIONNAIRES"], !fromEnvironment.isEmpty {
            return .folder(fromEnvironment, namedBy: "CYBERASSESS_QUESTIONNAIRES")
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        for start in [executable, URL(fileURLWithPath: FileManager.default.currentDirectoryPath)] {
            var folder = start
            for _ in 0..<8 {
                for candidate in ["questionnaires", "share/cyberassess/questionnaires"] {
                    let path = folder.appendingPathComponent(candidate).path
                    var isDirectory: ObjCBool = false
                    if FileManager.default.fileExists(atPath: path + "/frameworks", isDirectory: &isDirectory), isDirectory.boolValue {
                        return .folder(path, namedBy: LibraryLocation.searchName)
                    }
                }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        return .bundled
    }

    /// Loads the library, failing with every problem when any file of it is invalid.
    func load() throws(AssessmentError) -> Library {
        try loadLocated().library
    }

    /// The library and the name of where it came from (`LibraryLocation.name`).
    func loadWithPath() throws(AssessmentError) -> (library: Library, path: String) {
        let (library, location) = try loadLocated()
        return (library, location.name)
    }

    /// The library and where it came from. A folder that does not exist, or holds no
    /// questionnaire, is refused with where it was named, before any answers are read; the
    /// bundled library is read through the same decoding and checks as a folder.
    func loadLocated() throws(AssessmentError) -> (library: Library, location: LibraryLocation) {
        let location = locate()
        guard case .folder(let path, let named) = location else {
            return (try Library.loadStrict(files: LibraryLocation.bundledSources), location)
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .usage("\(path): no such folder (given by \(named)); give the folder that holds the questionnaires and frameworks/")
        }
        guard isFolder.boolValue else {
            throw .usage("\(path): is a file, not a folder (given by \(named)); give the folder that holds the questionnaires and frameworks/")
        }
        let library = try Library.loadStrict(directory: path)
        guard !library.questionnaires.isEmpty else {
            throw .usage("\(path): holds no questionnaires (given by \(named)); give the folder that holds the questionnaires and frameworks/")
        }
        return (library, location)
    }
}
