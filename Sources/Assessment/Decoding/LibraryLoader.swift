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

    /// Loads a library for commands that score: fails with every problem when a file does
    /// not load, or when the library breaks a rule `validate` checks (ranges, scales, ids,
    /// references), with the same messages as `validate`.
    public static func loadStrict(directory: String, limits: LoaderLimits = .default) throws(AssessmentError) -> Library {
        let (library, problems) = load(directory: directory, limits: limits)
        guard problems.isEmpty else { throw .invalid(problems) }
        let invalid = LibraryValidator(library: library).validate()
        guard invalid.isEmpty else { throw .invalid(invalid) }
        return library
    }
}
