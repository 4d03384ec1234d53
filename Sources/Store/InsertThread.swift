import Assessment
import Dispatch
import Foundation
import Platform
import Synchronization

/// A run's own thread: it takes scored bodies from the thread that adds them (in a batch, the
/// writer thread) through a bounded queue and inserts them, so that SQLite's work overlaps the
/// scoring of the next bodies instead of holding the thread that writes the batch's files.
///
/// The queue holds at most `capacity` bodies; `add` waits while it is full. An insert that
/// fails is kept and given back by the next `add` or by `close`, and the thread then drops
/// the bodies still queued: the run's transaction is to be rolled back, not continued.
final class InsertThread: Sendable {
    private struct Body: Sendable {
        var results: ResultRows
        var file: String
    }

    private let queue: BoundedQueue<Body>
    /// Bodies between two starts of the store file's writeback (see `run`).
    private let writebackEvery: Int
    /// The first failed insert; set on the store's thread before it closes the queue.
    private let failure = Mutex<StoreError?>(nil)
    /// Whether `close` already waited for the thread.
    private let closed = Mutex(false)
    private let ended = DispatchSemaphore(value: 0)
    private let path: String

    /// Starts the thread with `starter`, which inserts with `inserter` until `close` or
    /// `stop`; nil when the system refuses a thread (under `ulimit -u` or `ulimit -v`), so
    /// that the run never waits for inserts that cannot come.
    init?(capacity: Int, writebackEvery: Int = InsertThread.writebackEvery, inserter: StoreInserter, starter: ThreadStarter = .system) {
        queue = BoundedQueue(capacity: capacity)
        self.writebackEvery = max(1, writebackEvery)
        path = inserter.store.path
        guard starter.start({ [self] in run(inserter) }) else { return nil }
    }

    /// Queues one body, waiting while the queue is full; throws the failure of an earlier insert.
    func add(_ results: ResultRows, file: String) throws(StoreError) {
        if let failure = failure.withLock({ $0 }) { throw failure }
        guard queue.put(Body(results: results, file: file)) else {
            throw failure.withLock { $0 } ?? .database(path: path, reason: "the run has already ended")
        }
    }

    /// Waits until every queued body is inserted and the thread has ended; throws the first
    /// failure of an insert, if any.
    func close() throws(StoreError) {
        finish(discardingQueued: false)
        if let failure = failure.withLock({ $0 }) { throw failure }
    }

    /// Drops the bodies still queued and waits until the thread has ended.
    func stop() {
        finish(discardingQueued: true)
    }

    /// Closes the queue and, the first time, waits for the thread to end.
    private func finish(discardingQueued: Bool) {
        queue.close(discardingQueued: discardingQueued)
        let first = closed.withLock { closed in
            defer { closed = true }
            return !closed
        }
        if first { ended.wait() }
    }

    /// Bodies between two starts of the store file's writeback, unless a test asks for fewer.
    static let writebackEvery = 256

    private func run(_ inserter: StoreInserter) {
        var inserter = inserter
        // The pages SQLite writes into the file as its cache fills stay in memory until the
        // commit's sync, which then waits for all of them (0.19 s for 10,000 bodies' 130 MB)
        // while nothing else runs. Starting their way to disk every few hundred bodies lets the
        // disk write them while the batch goes on. A hint only: the commit's sync still makes
        // the run durable, and a run rolled back is undone by the journal as before.
        let database = open(inserter.store.path, O_RDONLY | O_CLOEXEC)
        defer { if database >= 0 { _ = Foundation.close(database) } }
        var inserted = 0
        while let body = queue.take() {
            do {
                try inserter.add(body.results, file: body.file)
                inserted += 1
                if database >= 0, inserted % writebackEvery == 0 { Writeback.start(database) }
            } catch {
                failure.withLock { $0 = error }
                // The run is to be rolled back: drop what is queued and refuse further bodies.
                queue.close(discardingQueued: true)
            }
        }
        ended.signal()
    }
}
