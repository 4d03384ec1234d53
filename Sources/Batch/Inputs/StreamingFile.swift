import Foundation

/// A file written piece by piece that appears under its name only when complete: bytes go
/// to a hidden temporary file in the same folder, and `commit()` flushes it to disk and
/// renames it over the destination in one step, as `AtomicFile` does for whole files. Rows
/// are written as they come, so a summary of 100,000 bodies is never held in memory.
final class StreamingFile {
    let path: String
    private let temporary: String
    private var fd: Int32
    private var buffer: [UInt8] = []
    private static let flushAt = 1 << 16

    init(path: String) throws(BatchError) {
        self.path = path
        let url = URL(fileURLWithPath: path)
        temporary = url.deletingLastPathComponent().path + "/.\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .output(path: path, reason: String(cString: strerror(errno))) }
        buffer.reserveCapacity(Self.flushAt + 4096)
    }

    deinit { abandon() }

    func write(_ text: String) throws(BatchError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.flushAt { try flush() }
    }

    private func flush() throws(BatchError) {
        var failure: Int32 = 0
        buffer.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let n = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if n < 0, errno == EINTR { continue }
                if n <= 0 { failure = errno; return }
                offset += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
        if failure != 0 { throw .output(path: path, reason: String(cString: strerror(failure))) }
    }

    /// Writes what is left, syncs, and renames the file into place.
    func commit() throws(BatchError) {
        try flush()
        guard fsync(fd) == 0 else { throw .output(path: path, reason: String(cString: strerror(errno))) }
        close(fd)
        fd = -1
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .output(path: path, reason: reason)
        }
    }

    /// Removes the temporary file if the file was not committed.
    func abandon() {
        guard fd >= 0 else { return }
        close(fd)
        fd = -1
        unlink(temporary)
    }
}
