import Foundation

/// A file written in pieces that appears under its name only when complete. Bytes go to a
/// hidden temporary file in the same folder (`.NAME.tmp-PID-RANDOM`, opened close-on-exec so
/// no child process inherits it); `commit()` flushes it to disk and renames it over the
/// destination in one step. A writer dropped without `commit()` removes its temporary file.
///
/// A class because it owns an open file descriptor for its lifetime.
package final class AtomicWriter {
    /// The destination.
    package let path: String
    private let temporary: String
    private var fd: Int32

    /// Opens a temporary file beside `path`, creating parent folders. `permissions` applies
    /// to the new file before any byte is written (0o600 for private keys).
    package init(path: String, permissions: mode_t = 0o644) throws(FileWriteError) {
        self.path = path
        // The folder as the user wrote it, so a refusal names the path they gave.
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            try Folder.create(String(path[..<slash]))
        }
        temporary = AtomicFile.temporaryPrefix(for: path) + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
        guard fd >= 0 else { throw .unwritable(path: path, reason: Self.reason(errno)) }
    }

    deinit { abandon() }

    /// Appends `bytes`, retrying writes that a signal interrupted.
    package func write<Bytes: ContiguousBytes>(_ bytes: Bytes) throws(FileWriteError) {
        guard fd >= 0 else { throw .unwritable(path: path, reason: "the file was already closed") }
        let failure = bytes.withUnsafeBytes { FileDescriptorWrite.all(fd, $0) }
        if failure != 0 { throw .unwritable(path: path, reason: Self.reason(failure)) }
    }

    /// Syncs the file to disk and renames it into place.
    package func commit() throws(FileWriteError) {
        try sync()
        try publish()
    }

    /// Starts writing the bytes so far to disk without waiting (see `Writeback`), so that a
    /// later `sync()` of this and other files waits for one flush of them all.
    package func startWriteback() {
        if fd >= 0 { Writeback.start(fd) }
    }

    /// Syncs the file to disk; it stays open and hidden until `publish()`. A failed sync
    /// removes the temporary file.
    package func sync() throws(FileWriteError) {
        guard fd >= 0 else { throw .unwritable(path: path, reason: "the file was already closed") }
        var result: Int32
        repeat { result = fsync(fd) } while result != 0 && errno == EINTR
        if result != 0 {
            let failure = errno
            abandon()
            throw .unwritable(path: path, reason: Self.reason(failure))
        }
    }

    /// Closes the file (synced by `sync()`) and renames it into place.
    package func publish() throws(FileWriteError) {
        guard fd >= 0 else { throw .unwritable(path: path, reason: "the file was already closed") }
        close(fd)
        fd = -1
        guard rename(temporary, path) == 0 else {
            let failure = errno
            unlink(temporary)
            throw .unwritable(path: path, reason: Self.reason(failure))
        }
    }

    /// Closes and removes the temporary file if it was not committed.
    package func abandon() {
        guard fd >= 0 else { return }
        close(fd)
        fd = -1
        unlink(temporary)
    }

    /// An operating-system error number in words ("No space left on device").
    package static func reason(_ code: Int32) -> String {
        switch code {
        case ENOSPC: "the disk is full"
        case EACCES, EPERM: "permission denied"
        case EROFS: "the file system is read-only"
        case EISDIR: "a folder is in the way"
        case ENOENT: "the folder does not exist"
        case ENOTDIR: "a file is in the way of the folder"
        default: String(cString: strerror(code))
        }
    }
}
