import Foundation

/// Writes files so that a crash or Ctrl-C never leaves a half-written file: the bytes go to a
/// temporary file in the same folder, are flushed to disk, and the temporary file is renamed
/// over the destination in one step.
public enum AtomicFile {
    /// Writes `bytes` to `path` atomically, creating parent folders. `permissions` applies to
    /// the new file (e.g. 0o600 for private keys) before any byte is written.
    public static func write(_ bytes: [UInt8], to path: String, permissions: mode_t = 0o644) throws(AssessmentError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .unreadable(path: folder, reason: "cannot create the folder: \(error.localizedDescription)")
        }
        let temporary = folder + "/.\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, permissions)
        guard fd >= 0 else { throw .unreadable(path: path, reason: "cannot write: \(String(cString: strerror(errno)))") }
        var ok = true
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n <= 0 { ok = false; break }
                offset += n
            }
        }
        if ok { ok = fsync(fd) == 0 }
        close(fd)
        guard ok, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .unreadable(path: path, reason: "cannot write: \(reason)")
        }
    }

    /// Writes text as UTF-8, atomically.
    public static func write(_ text: String, to path: String, permissions: mode_t = 0o644) throws(AssessmentError) {
        try write(Array(text.utf8), to: path, permissions: permissions)
    }
}

extension AtomicFile {
    /// Removes temporary files that an interrupted write to `path` left behind (a process
    /// killed between creating its temporary file and renaming it). Only files whose writing
    /// process is no longer running are removed.
    public static func removeStaleTemporaries(for path: String) {
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
