import Foundation
import Synchronization
import Testing
@testable import Platform

/// The bounded queue between batch workers and the writer: results in input order, never more
/// than `window` items started ahead of the consumer, and cancellation that cannot hang.
/// (`Mutex` needs macOS 15; the package supports 13, hence the `guard #available`s.)
@Suite struct OrderedWorkQueueTests {
    /// Runs `body` on a new thread and waits up to `seconds` for it; false when it is still
    /// running then (the thread is left to finish on its own).
    static func finishes(within seconds: Double, _ body: @escaping @Sendable () -> Void) -> Bool {
        let done = DispatchSemaphore(value: 0)
        Thread {
            body()
            done.signal()
        }.start()
        return done.wait(timeout: .now() + seconds) == .success
    }

    @Test func resultsComeOutInInputOrderWhenItemsFinishInReverse() {
        let queue = OrderedWorkQueue<String>(total: 4, window: 4)
        let started = (0..<4).compactMap { _ in queue.start() }
        #expect(started == [0, 1, 2, 3])
        for index in started.reversed() { queue.finish(index, "item \(index)") }
        #expect((0..<4).map { _ in queue.take() } == ["item 0", "item 1", "item 2", "item 3"])
        #expect(queue.start() == nil)
    }

    @Test func workersFinishingOutOfOrderStillDeliverInOrder() {
        guard #available(macOS 15.0, *) else { return }
        let total = 40
        let queue = OrderedWorkQueue<Int>(total: total, window: 8)
        let finishOrder = Mutex<[Int]>([])
        queue.startWorkers(4) { index in
            // Later items of each group of five finish first.
            Thread.sleep(forTimeInterval: Double(4 - index % 5) / 1000)
            finishOrder.withLock { $0.append(index) }
            return index * 10
        }
        let taken = (0..<total).map { _ in queue.take() }
        queue.waitForWorkers()
        #expect(taken == (0..<total).map { $0 * 10 })
        #expect(finishOrder.withLock { $0.sorted() } == Array(0..<total))
    }

    @Test func noItemStartsMoreThanTheWindowAheadOfTheConsumer() {
        guard #available(macOS 15.0, *) else { return }
        let total = 60, window = 5
        let queue = OrderedWorkQueue<Int>(total: total, window: window)
        // How many take() calls have begun; counted before each call, so it is never behind
        // the queue's own count of results handed over.
        let takes = Mutex(0)
        let furthestAhead = Mutex(0)
        queue.startWorkers(4) { index in
            let ahead = index - takes.withLock { $0 }
            furthestAhead.withLock { $0 = max($0, ahead) }
            Thread.sleep(forTimeInterval: Double(index % 3) / 2000)
            return index
        }
        for expected in 0..<total {
            takes.withLock { $0 += 1 }
            #expect(queue.take() == expected)
            if expected % 10 == 0 { Thread.sleep(forTimeInterval: 0.002) }
        }
        queue.waitForWorkers()
        #expect(furthestAhead.withLock { $0 } < window)
    }

    @Test func startWaitsOnceTheWindowIsFullAndResumesWhenTheConsumerTakes() {
        guard #available(macOS 15.0, *) else { return }
        let queue = OrderedWorkQueue<Int>(total: 10, window: 3)
        #expect((0..<3).map { _ in queue.start() } == [0, 1, 2])
        let fourth = Mutex<Int?>(nil)
        let returned = DispatchSemaphore(value: 0)
        Thread {
            let index = queue.start()
            fourth.withLock { $0 = index }
            returned.signal()
        }.start()
        #expect(returned.wait(timeout: .now() + 0.1) == .timedOut, "a fourth item started with a window of three")
        queue.finish(0, 0)
        #expect(queue.take() == 0)
        #expect(returned.wait(timeout: .now() + 5) == .success)
        #expect(fourth.withLock { $0 } == 3)
    }

    @Test func cancelStopsHandingOutWorkAndWakesWaitingWorkers() throws {
        guard #available(macOS 15.0, *) else { return }
        let queue = OrderedWorkQueue<Int>(total: 1000, window: 4)
        let started = Mutex(0)
        queue.startWorkers(3) { index in
            started.withLock { $0 += 1 }
            return index
        }
        #expect((0..<10).map { _ in queue.take() } == Array(0..<10))
        // The workers now wait for the window; cancelling must release them.
        queue.cancel()
        // Stop here if the workers are stuck: start() would then wait for ever too.
        try #require(Self.finishes(within: 5) { queue.waitForWorkers() }, "workers did not stop after cancel")
        #expect(queue.start() == nil)
        #expect(started.withLock { $0 } <= 10 + 4)
    }

    @Test func cancelWhileItemsRunLetsThemFinish() throws {
        let queue = OrderedWorkQueue<Int>(total: 100, window: 8)
        let release = DispatchSemaphore(value: 0)
        let running = DispatchSemaphore(value: 0)
        queue.startWorkers(2) { index in
            running.signal()
            release.wait()
            return index
        }
        running.wait()
        running.wait()
        queue.cancel()
        release.signal()
        release.signal()
        try #require(Self.finishes(within: 5) { queue.waitForWorkers() }, "workers did not stop after cancel")
        // The two items that were running when the queue was cancelled were still delivered.
        #expect((0..<2).map { _ in queue.take() } == [0, 1])
        #expect(queue.start() == nil)
    }

    /// A waiting consumer is woken for several results at a time, but never left waiting for
    /// results that are ready: not for the last ones when fewer than a batch remain, nor when
    /// the workers wait for the window.
    @Test func aWaitingConsumerIsWokenForTheLastResultsAndWhenTheWindowIsFull() throws {
        guard #available(macOS 15.0, *) else { return }
        for (total, window, workers) in [(3, 16, 1), (21, 16, 1), (50, 2, 2), (37, 5, 3)] {
            let queue = OrderedWorkQueue<Int>(total: total, window: window)
            queue.startWorkers(workers) { index in
                if index % 4 == 0 { Thread.sleep(forTimeInterval: 0.001) }
                return index
            }
            let taken = Mutex<[Int]>([])
            try #require(Self.finishes(within: 10) {
                for _ in 0..<total {
                    let value = queue.take()
                    taken.withLock { $0.append(value) }
                }
            }, "the consumer was left waiting with \(total) items, a window of \(window) and \(workers) workers")
            queue.waitForWorkers()
            #expect(taken.withLock { $0 } == Array(0..<total))
        }
    }

    @Test func anEmptyQueueStopsItsWorkersAtOnce() {
        let queue = OrderedWorkQueue<Int>(total: 0, window: 4)
        queue.startWorkers(2) { $0 }
        #expect(Self.finishes(within: 5) { queue.waitForWorkers() })
    }
}
