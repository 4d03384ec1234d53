import Assessment
import Dispatch
import Foundation
import Synchronization

/// The store's own thread: it takes scored bodies from the batch's writer thread through a
/// bounded queue and inserts them, so that SQLite's work overlaps the scoring of the next
/// bodies instead of holding the thread that writes the batch's files in order.
///
/// The queue holds at most `capacity` bodies; `add` waits while it is full. An insert that
/// fails is kept and given back by the next `add` or by `close`, and the thread then drops
/// the bodies still queued: the run's transaction is to be rolled back, not continued.
final class InsertThread: Sendable {
    private enum Item: Sendable {
        case body(ResultRows, file: String)
        case end
    }

    private struct State: Sendable {
        var queue: [Item] = []
        var failure: StoreError?
        /// Set by `stop`: the queued bodies are dropped without being inserted.
        var stopping = false
        var closed = false
    }

    private let free: DispatchSemaphore
    /// Bodies between two starts of the store file's writeback (see `run`).
    private let writebackEvery: Int
    private let queued = DispatchSemaphore(value: 0)
    private let ended = DispatchSemaphore(value: 0)
    private let state = Mutex(State())

    /// Starts the thread, which inserts with `inserter` until `close` or `stop`; nil when the
    /// system refuses a thread (under `ulimit -u` or `ulimit -v`), which `Foundation.Thread`
    /// would not report, leaving the batch to wait for inserts that never come.
    init?(capacity: Int, writebackEvery: Int = InsertThread.writebackEvery, inserter: StoreInserter) {
        free = DispatchSemaphore(value: max(1, capacity))
        self.writebackEvery = max(1, writebackEvery)
        let work = Unmanaged.passRetained(Work { [self] in run(inserter) }).toOpaque()
        #if canImport(Glibc)
        var thread = pthread_t()
        #else
        var thread: pthread_t?
        #endif
        guard pthread_create(&thread, nil, { Work.start($0) }, work) == 0 else {
            Unmanaged<Work>.fromOpaque(work).release()
            return nil
        }
        #if canImport(Glibc)
        pthread_detach(thread)
        #else
        thread.map { _ = pthread_detach($0) }
        #endif
    }

    /// Queues one body, waiting while the queue is full; throws the failure of an earlier insert.
    func add(_ results: ResultRows, file: String) throws(StoreError) {
        if let failure = state.withLock({ $0.failure }) { throw failure }
        put(.body(results, file: file))
    }

    /// Waits until every queued body is inserted and the thread has ended; throws the first
    /// failure of an insert, if any.
    func close() throws(StoreError) {
        let first = state.withLock { state in
            defer { state.closed = true }
            return !state.closed
        }
        if first {
            put(.end)
            ended.wait()
        }
        if let failure = state.withLock({ $0.failure }) { throw failure }
    }

    /// Drops the bodies still queued and waits until the thread has ended.
    func stop() {
        state.withLock { $0.stopping = true }
        try? close()
    }

    private func put(_ item: Item) {
        free.wait()
        state.withLock { $0.queue.append(item) }
        queued.signal()
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
        while true {
            queued.wait()
            let (item, skip) = state.withLock { state in
                (state.queue.removeFirst(), state.stopping || state.failure != nil)
            }
            free.signal()
            guard case .body(let results, let file) = item else { break }
            if skip { continue }
            do {
                try inserter.add(results, file: file)
                inserted += 1
                if database >= 0, inserted % writebackEvery == 0 { Writeback.start(database) }
            } catch {
                state.withLock { $0.failure = error }
            }
        }
        ended.signal()
    }
}

/// What the store's thread runs, handed to it through `pthread_create`'s argument.
private final class Work: Sendable {
    let run: @Sendable () -> Void

    init(_ run: @escaping @Sendable () -> Void) { self.run = run }

    /// The thread's entry point: takes the work back from its argument and runs it.
    static func start(_ argument: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
        if let argument { Unmanaged<Work>.fromOpaque(argument).takeRetainedValue().run() }
        return nil
    }
}
