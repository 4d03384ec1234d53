import CyberYAML
import Foundation

extension Library {
    /// Loads every questionnaire (`*.yaml`, `*.yml` in `directory`) and catalogue (in
    /// `directory/frameworks/`). Sub-folders such as `examples/` are not part of the library.
    /// Files that fail to load are returned as problems; the rest still load.
    public static func load(directory: String, limits: LoaderLimits = .default) -> (library: Library, problems: [Problem]) {
        let files = YAMLFiles.list(in: directory) + YAMLFiles.list(in: (directory as NSString).appendingPathComponent("frameworks"))
        return load(files.map(LibraryInput.path), limits: limits)
    }

    /// Loads a library from files already in memory (the bundled library), in the given order,
    /// through the same reading, decoding and checks as a folder's files; each problem names
    /// the file by its `path`.
    package static func load(files: [SourceFile], limits: LoaderLimits = .default) -> (library: Library, problems: [Problem]) {
        load(files.map(LibraryInput.source), limits: limits)
    }

    private static func load(_ inputs: [LibraryInput], limits: LoaderLimits) -> (library: Library, problems: [Problem]) {
        var reading = LibraryReading()
        reading.read(inputs: inputs, limits: limits, collecting: false) { source, node, _ in
            Problem(file: source.path, mark: node.mark, message: "expected a questionnaire or a framework catalogue in the library folder, found another kind of file; move it out of the folder")
        }
        return (reading.library, reading.problems)
    }

    /// Loads a library for commands that score: fails with every problem when a file does
    /// not load, or when the library breaks a rule `validate` checks (ranges, scales, ids,
    /// references), with the same messages as `validate`.
    public static func loadStrict(directory: String, limits: LoaderLimits = .default) throws(AssessmentError) -> Library {
        try strict(load(directory: directory, limits: limits))
    }

    /// `loadStrict(directory:)` for files already in memory (see `load(files:)`).
    package static func loadStrict(files: [SourceFile], limits: LoaderLimits = .default) throws(AssessmentError) -> Library {
        try strict(load(files: files, limits: limits))
    }

    private static func strict(_ loaded: (library: Library, problems: [Problem])) throws(AssessmentError) -> Library {
        guard loaded.problems.isEmpty else { throw .invalid(loaded.problems) }
        let invalid = LibraryValidator(library: loaded.library).validate()
        guard invalid.isEmpty else { throw .invalid(invalid) }
        return loaded.library
    }
}
