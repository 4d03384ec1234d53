import ArgumentParser
import Assessment
import Foundation

/// Where to find the questionnaire library.
struct LibraryOptions: ParsableArguments {
    @Option(name: .customLong("questionnaires"), help: ArgumentHelp(
        "Folder of questionnaires and framework catalogues.",
        discussion: "Default: $CYBERASSESS_QUESTIONNAIRES, else a questionnaires/ folder beside the executable or above it, else above the working directory.",
        valueName: "dir"))
    var directory: String?

    /// The library folder: `--questionnaires`, then `CYBERASSESS_QUESTIONNAIRES`, then a
    /// `questionnaires/` (or `share/cyberassess/questionnaires/`) folder holding `frameworks/`
    /// beside the executable or in a folder above it, then the same above the working directory.
    func locate() throws(AssessmentError) -> String {
        if let directory { return directory }
        if let fromEnvironment = ProcessInfo.processInfo.environment["CYBERASSESS_QUESTIONNAIRES"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        var searched = ["$CYBERASSESS_QUESTIONNAIRES (unset)"]
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        for start in [executable, URL(fileURLWithPath: FileManager.default.currentDirectoryPath)] {
            var folder = start
            for _ in 0..<8 {
                for candidate in ["questionnaires", "share/cyberassess/questionnaires"] {
                    let path = folder.appendingPathComponent(candidate).path
                    var isDirectory: ObjCBool = false
                    if FileManager.default.fileExists(atPath: path + "/frameworks", isDirectory: &isDirectory), isDirectory.boolValue {
                        return path
                    }
                }
                searched.append(folder.path)
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        throw .libraryNotFound(searched: searched)
    }

    /// Loads the library, failing with every problem when any file of it is invalid.
    func load() throws(AssessmentError) -> Library {
        try loadWithPath().library
    }

    /// The library and the folder it came from. A folder that does not exist, or holds no
    /// questionnaire, is refused with where it was named, before any answers are read.
    func loadWithPath() throws(AssessmentError) -> (library: Library, path: String) {
        let path = try locate()
        let fromEnvironment = ProcessInfo.processInfo.environment["CYBERASSESS_QUESTIONNAIRES"].map { !$0.isEmpty } ?? false
        let named = directory != nil ? "--questionnaires" : fromEnvironment ? "CYBERASSESS_QUESTIONNAIRES" : "the library search"
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
        return (library, path)
    }
}
