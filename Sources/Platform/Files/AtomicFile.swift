import Foundation

/// Writes files so that a crash or Ctrl-C never leaves a half-written file: the bytes go to a
/// temporary file in the same folder, are flushed to disk, and the temporary file is renamed
/// over the destination in one step (see `AtomicWriter`).
package enum AtomicFile {
    /// Writes `bytes` to `path` atomically, creating parent folders. `permissions` applies to
    /// the new file (e.g. 0o600 for private keys) before any byte is written.
    package static func write(_ bytes: [UInt8], to path: String, permissions: mode_t = 0o644) throws(FileWriteError) {
        let writer = try AtomicWriter(path: path, permissions: permissions)
        try writer.write(bytes)
        try writer.commit()
    }

    /// Writes text as UTF-8, atomically.
    package static func write(_ text: String, to path: String, permissions: mode_t = 0o644) throws(FileWriteError) {
        try write(Array(text.utf8), to: path, permissions: permissions)
    }

    /// The start of the name of every temporary file written for `path`.
    package static func temporaryPrefix(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().path + "/.\(url.lastPathComponent).tmp-"
    }
}

extension AtomicFile {
    /// Removes temporary files that an interrupted write to `path` left behind (a process
    /// killed between creating its temporary file and renaming it). Only files whose writing
    /// process is no longer running are removed.
    package static func removeStaleTemporaries(for path: String) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let prefix = ".\(url.lastPathComponent).tmp-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let pid = rest.split(separator: "-").first.flatMap({ pid_t($0) }) else { continue }
            if kill(pid, 0) != 0, errno == ESRCH {
                unlink(folder + "/" + name)
            }
        }
    }
}
