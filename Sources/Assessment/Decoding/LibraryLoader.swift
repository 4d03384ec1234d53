import CyberYAML
import Foundation

extension Library {
    /// Loads every questionnaire (`*.yaml`, `*.yml` in `directory`) and catalogue (in
    /// `directory/frameworks/`). Sub-folders such as `examples/` are not part of the library.
    /// Files that fail to load are returned as problems; the rest still load.
    public static func load(directory: String, limits: LoaderLimits = .default) -> (library: Library, problems: [Problem]) {
        let files = YAMLFiles.list(in: directory) + YAMLFiles.list(in: (directory as NSString).appendingPathComponent("frameworks"))
        var reading = LibraryReading()
        reading.read(files, limits: limits, collecting: false) { source, node, _ in
            Problem(file: source.path, mark: node.mark, message: "expected a questionnaire or a framework catalogue in the library folder, found another kind of file; move it out of the folder")
        }
        return (reading.library, reading.problems)
    }

    /// Loads a library and fails on the first unloadable file, for commands that need a clean library.
    public static func loadStrict(directory: String, limits: LoaderLimits = .default) throws(AssessmentError) -> Library {
        let (library, problems) = load(directory: directory, limits: limits)
        guard problems.isEmpty else { throw .invalid(problems) }
        return library
    }

    /// Finds the questionnaire library: an explicit folder, then `CYBERASSESS_QUESTIONNAIRES`,
    /// then a `questionnaires/` (or `share/cyberassess/questionnaires/`) folder beside the
    /// executable or in any folder above it, then the same above the working directory.
    public static func locate(explicit: String?, executablePath: String = CommandLine.arguments.first ?? "") throws(AssessmentError) -> String {
        if let explicit { return explicit }
        var searched: [String] = []
        if let fromEnvironment = ProcessInfo.processInfo.environment["CYBERASSESS_QUESTIONNAIRES"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        searched.append("$CYBERASSESS_QUESTIONNAIRES (unset)")
        let executable = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        let starts = [executable, URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        for start in starts {
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
}
