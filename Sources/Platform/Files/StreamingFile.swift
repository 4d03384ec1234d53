/// An output written row by row that appears under its name only when complete (an
/// `AtomicWriter` with a buffer). Rows are written as they come, so a summary of 100,000
/// bodies is never held in memory.
package final class StreamingFile {
    /// The destination.
    package let path: String
    private let writer: AtomicWriter
    private var buffer: [UInt8] = []
    private static let flushAt = 1 << 16
    /// Flushes between two starts of the file's writeback: every mebibyte written is started
    /// on its way to disk, so that the sync at the end waits for little (see `Writeback`).
    private static let writebackEvery = 16
    private var flushes = 0

    package init(path: String) throws(FileWriteError) {
        self.path = path
        writer = try AtomicWriter(path: path)
        buffer.reserveCapacity(Self.flushAt + 4096)
    }

    package func write(_ text: String) throws(FileWriteError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.flushAt { try flush() }
    }

    package func write(_ bytes: [UInt8]) throws(FileWriteError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushAt { try flush() }
    }

    /// Writes the buffered bytes to the temporary file.
    package func flush() throws(FileWriteError) {
        defer { buffer.removeAll(keepingCapacity: true) }
        try writer.write(buffer)
        flushes += 1
        if flushes % Self.writebackEvery == 0 { writer.startWriteback() }
    }

    /// Writes what is left and starts it on its way to disk without waiting.
    package func finishWriting() throws(FileWriteError) {
        try flush()
        writer.startWriteback()
    }

    /// Syncs the written bytes to disk; the file stays hidden until `publish()`.
    package func sync() throws(FileWriteError) {
        try writer.sync()
    }

    /// Renames the synced file into place.
    package func publish() throws(FileWriteError) {
        try writer.publish()
    }

    /// Removes the temporary file if the file was not committed.
    package func abandon() { writer.abandon() }
}
