import CPlatform
import Foundation

/// Files written without a sync of their own, for a folder of many files that is made durable
/// once, with `UnsyncedFile.syncFolder`, before any of them is put in place (batch's pending
/// per-body reports). One sync for the whole folder instead of one `fsync` per file: the
/// files are still on disk before they appear under their names.
package enum UnsyncedFile {
    /// Writes `bytes` to a new file at `path` (replacing one there), opened close-on-exec.
    /// The folder must exist. Not synced: call `syncFolder` before relying on the bytes.
    package static func write(_ bytes: [UInt8], to path: String, permissions: mode_t = 0o644) throws(FileWriteError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, permissions)
        guard fd >= 0 else { throw .unwritable(path: path, reason: AtomicWriter.reason(errno)) }
        let failure = bytes.withUnsafeBytes { FileDescriptorWrite.all(fd, $0) }
        // Start writing the file to disk now, without waiting: the batch goes on rendering
        // while the disk writes, and `syncFolder` then waits only for what is left. Left to
        // the kernel, a batch's reports stay in memory until the one sync at the end, and the
        // disk works only after the CPUs have finished.
        if failure == 0 { Writeback.start(fd) }
        // close can report a delayed write error (NFS, quotas).
        let closed = close(fd) == 0 ? 0 : errno
        if failure != 0 || (closed != 0 && closed != EINTR) {
            unlink(path)
            throw .unwritable(path: path, reason: AtomicWriter.reason(failure != 0 ? failure : closed))
        }
    }

    /// Makes every file written under `folder` durable: one `syncfs` of the file system that
    /// holds the folder where the system has it (Linux), else an `fsync` of each file in the
    /// folder tree.
    package static func syncFolder(_ folder: String) throws(FileWriteError) {
        if cyberassess_has_syncfs() != 0 {
            let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0 else { throw .unwritable(path: folder, reason: AtomicWriter.reason(errno)) }
            defer { close(fd) }
            try sync(fd, path: folder, with: cyberassess_syncfs)
            return
        }
        guard let names = FileManager.default.enumerator(atPath: folder) else {
            throw .unwritable(path: folder, reason: "the folder cannot be listed")
        }
        for case let name as String in names {
            let path = folder + "/" + name
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw .unwritable(path: path, reason: AtomicWriter.reason(errno)) }
            defer { close(fd) }
            try sync(fd, path: path, with: fsync)
        }
    }

    /// Calls `call` on `fd`, retrying when a signal interrupts it.
    private static func sync(_ fd: Int32, path: String, with call: (Int32) -> Int32) throws(FileWriteError) {
        var result: Int32
        repeat { result = call(fd) } while result != 0 && errno == EINTR
        if result != 0 { throw .unwritable(path: path, reason: AtomicWriter.reason(errno)) }
    }
}
