import Assessment

/// A batch output written row by row that appears under its name only when complete (an
/// `AtomicWriter` with a buffer). Rows are written as they come, so a summary of 100,000
/// bodies is never held in memory.
final class StreamingFile {
    let path: String
    private let writer: AtomicWriter
    private var buffer: [UInt8] = []
    private static let flushAt = 1 << 16
    /// Flushes between two starts of the file's writeback: every mebibyte written is started
    /// on its way to disk, so that the sync at the end waits for little (see `Writeback`).
    private static let writebackEvery = 16
    private var flushes = 0

    init(path: String) throws(BatchError) {
        self.path = path
        do {
            writer = try AtomicWriter(path: path)
        } catch {
            throw BatchError(error)
        }
        buffer.reserveCapacity(Self.flushAt + 4096)
    }

    func write(_ text: String) throws(BatchError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.flushAt { try flush() }
    }

    func write(_ bytes: [UInt8]) throws(BatchError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushAt { try flush() }
    }

    /// Writes the buffered bytes to the temporary file.
    func flush() throws(BatchError) {
        defer { buffer.removeAll(keepingCapacity: true) }
        do {
            try writer.write(buffer)
        } catch {
            throw BatchError(error)
        }
        flushes += 1
        if flushes % Self.writebackEvery == 0 { writer.startWriteback() }
    }

    /// Writes what is left and starts it on its way to disk without waiting.
    func finishWriting() throws(BatchError) {
        try flush()
        writer.startWriteback()
    }

    /// Syncs the written bytes to disk; the file stays hidden until `publish()`.
    func sync() throws(BatchError) {
        do {
            try writer.sync()
        } catch {
            throw BatchError(error)
        }
    }

    /// Renames the synced file into place.
    func publish() throws(BatchError) {
        do {
            try writer.publish()
        } catch {
            throw BatchError(error)
        }
    }

    /// Removes the temporary file if the file was not committed.
    func abandon() { writer.abandon() }
}
