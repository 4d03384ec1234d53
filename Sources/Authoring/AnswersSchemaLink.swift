import Assessment
import Foundation

/// The `$schema=` value `init` writes in an answers file's first line
/// (`# yaml-language-server: $schema=...`), chosen so that an editor can load the schema
/// without a network:
///
/// - the library's own schema, `schemas/answers.schema.json` in the folder that holds the
///   library (the repository, or `share/cyberassess/` of an installation), as a path relative
///   to the answers file when the file lies inside that folder, else as an absolute path;
/// - otherwise `answers.schema.json` beside the answers file, which
///   `cyberassess schema answers > answers.schema.json` writes.
///
/// YAML language servers resolve a relative `$schema` path from the YAML file's folder.
package struct AnswersSchemaLink: Sendable, Equatable {
    /// The schema's file name, in `schemas/` and beside answers files.
    package static let fileName = "answers.schema.json"

    /// What follows `$schema=`.
    package var value: String
    /// Whether the schema file it names exists now; when it does not, `init` says how to write it.
    package var exists: Bool

    /// The link for an answers file about to be written at `path`, scored against the library
    /// in the folder `library` (nil for the bundled library, which has no `schemas/` beside it).
    package init(forAnswersAt path: String, library: String?) {
        let root = library.map { Self.resolved(URL(fileURLWithPath: $0)).deletingLastPathComponent() }
        let schema = root?.appendingPathComponent("schemas").appendingPathComponent(Self.fileName)
        let folder = Self.resolved(URL(fileURLWithPath: path).deletingLastPathComponent())
        guard let root, let schema, FileManager.default.fileExists(atPath: schema.path) else {
            value = Self.fileName
            exists = FileManager.default.fileExists(atPath: folder.appendingPathComponent(Self.fileName).path)
            return
        }
        exists = true
        let inside = folder.pathComponents.starts(with: root.pathComponents)
        if inside {
            let depth = folder.pathComponents.count - root.pathComponents.count
            value = String(repeating: "../", count: depth) + "schemas/" + Self.fileName
        } else {
            value = schema.path
        }
    }

    /// `url` made absolute, with `..` and symbolic links resolved, so two paths to the same
    /// folder compare equal.
    private static func resolved(_ url: URL) -> URL {
        url.standardizedFileURL.resolvingSymlinksInPath()
    }
}
