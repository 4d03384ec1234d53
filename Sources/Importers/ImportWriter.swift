import Assessment
import CyberYAML
import Foundation
import Platform

/// Writes an import's documents into a folder, each through libyaml's emitter and atomically.
package enum ImportWriter {
    /// Writes every document under `folder` and returns the paths written. Existing files are
    /// refused, naming them all, unless `overwrite` is set; then nothing is written.
    package static func write(_ result: ImportResult, to folder: String, overwrite: Bool = false) throws(AssessmentError) -> [String] {
        let paths = result.documents.map { (folder as NSString).appendingPathComponent($0.path) }
        if !overwrite {
            let existing = paths.filter { FileManager.default.fileExists(atPath: $0) }
            guard existing.isEmpty else {
                throw .invalid(existing.map { Problem(file: $0, mark: nil, message: "already exists; pass --force to replace it") })
            }
        }
        var texts: [String] = []
        for document in result.documents {
            do {
                texts.append(try Emitter.emit(document.node, header: document.header))
            } catch {
                throw .unreadable(path: document.path, reason: "could not write YAML: \(error)")
            }
        }
        for (path, text) in zip(paths, texts) {
            do throws(FileWriteError) {
                try AtomicFile.write(text, to: path)
            } catch {
                throw AssessmentError(error)
            }
        }
        return paths
    }
}
