/// The questionnaire library compiled into the executable, so that `cyberassess` copied alone
/// to a folder runs every command: the questionnaires, the framework catalogues and the demo
/// council's answers of `questionnaires/`, as `BundledLibrary+Generated.swift` carries them
/// (written by `swift run generate-cyberassess`).
package enum BundledLibrary {
    /// One bundled file.
    package struct File: Sendable, Equatable {
        /// Relative to the library folder, as in `questionnaires/`: `cyber-resilience.yaml`,
        /// `frameworks/ncsc-caf.yaml`, `examples/demo-council.yaml`.
        package let path: String
        /// The file's text, byte for byte.
        package let text: String

        package init(path: String, text: String) {
            self.path = path
            self.text = text
        }

        /// Whether the file is part of the library proper (a questionnaire directly in the
        /// folder or a catalogue in `frameworks/`) rather than an example.
        package var isLibraryFile: Bool {
            let parts = path.split(separator: "/")
            return parts.count == 1 || (parts.count == 2 && parts[0] == "frameworks")
        }
    }

    /// The bundled file at `path` (relative to the library folder), if there is one.
    package static func file(_ path: String) -> File? {
        files.first { $0.path == path }
    }

    /// The questionnaires and catalogues, in the order a library folder is read.
    package static var libraryFiles: [File] { files.filter(\.isLibraryFile) }
}
