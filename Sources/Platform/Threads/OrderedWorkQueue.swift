import Foundation

/// Hands out input indices to worker threads and gives their results back to one consumer
/// in input order.
///
/// The queue is bounded: a worker may start item i only while i < next + window, where
/// `next` is the first result the consumer has not taken yet. So at most `window` results
/// wait in memory however many items there are and however slow one of them is, and the
/// consumer sees them in the same order whatever the number of workers.
///
/// A consumer that waits is woken for several results at a time (`wakeBatch`), not for each:
/// waking a thread costs a system call and, on a virtual machine, an interrupt to the other
/// processor, which had cost a batch about a tenth of its time when it was paid per body. It is
/// woken at once when the results are the last ones, when the queue is cancelled, and before
/// a worker waits for the window, so it never sleeps while the workers wait for it.
///
/// Sendable because every stored `var` is read and written only with `condition` locked
/// (the threads also wait on it); `Synchronization.Mutex` has no way to wait for a change.
package final class OrderedWorkQueue<Result: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let total: Int
    private let window: Int
    private var nextToStart = 0
    private var nextToTake = 0
    private var waiting: [Int: Result] = [:]
    private var cancelled = false
    private var runningWorkers = 0
    private var consumerWaits = false
    /// How many results wake a waiting consumer.
    private let wakeBatch: Int

    package init(total: Int, window: Int) {
        self.total = total
        self.window = max(1, window)
        wakeBatch = max(1, self.window / 2)
    }

    /// The next index to work on, or nil when there is none left (or the batch was cancelled).
    /// Blocks while the item would be too far ahead of the consumer.
    package func start() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled, nextToStart < total, nextToStart >= nextToTake + window {
            if consumerWaits { condition.broadcast() }
            condition.wait()
        }
        guard !cancelled, nextToStart < total else { return nil }
        nextToStart += 1
        return nextToStart - 1
    }

    /// Records the result of item `index`.
    package func finish(_ index: Int, _ result: Result) {
        condition.lock()
        waiting[index] = result
        if consumerWaits, waiting[nextToTake] != nil,
           waiting.count >= wakeBatch || nextToStart >= total || cancelled || nextToStart >= nextToTake + window {
            condition.broadcast()
        }
        condition.unlock()
    }

    /// The next result in input order, waiting for it if needed.
    package func take() -> Result {
        condition.lock()
        defer { condition.unlock() }
        while waiting[nextToTake] == nil {
            consumerWaits = true
            condition.wait()
            consumerWaits = false
        }
        let result = waiting.removeValue(forKey: nextToTake)!
        nextToTake += 1
        condition.broadcast()
        return result
    }

    /// Stops handing out work; items already started still finish.
    package func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    /// Starts `count` worker threads running `work` on items until the queue is empty, and
    /// returns how many started.
    ///
    /// A worker is counted as running before its thread starts (so that a fast worker cannot
    /// stop before it was counted) and uncounted at once if the thread did not start.
    @discardableResult
    package func startWorkers(_ count: Int, starter: ThreadStarter = .system, work: @escaping @Sendable (Int) -> Result) -> Int {
        var started = 0
        for _ in 0..<count {
            condition.lock()
            runningWorkers += 1
            condition.unlock()
            let ok = starter.start { [self] in
                while let index = start() { finish(index, work(index)) }
                workerStopped()
            }
            if ok {
                started += 1
            } else {
                workerStopped()
            }
        }
        return started
    }

    private func workerStopped() {
        condition.lock()
        runningWorkers -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until every worker thread has stopped.
    package func waitForWorkers() {
        condition.lock()
        while runningWorkers > 0 { condition.wait() }
        condition.unlock()
    }
}
