import Foundation
import Synchronization
import Testing
@testable import Platform

/// The bounded hand-off between threads: first in, first out; `put` waits while the queue is
/// full and `take` while it is empty; `close` refuses later puts and wakes every waiter.
@Suite struct BoundedQueueTests {
    /// Runs `body` on a new thread; the semaphore is signalled when it has returned.
    static func background(_ body: @escaping @Sendable () -> Void) -> DispatchSemaphore {
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            body()
            done.signal()
        }
        return done
    }

    @Test func elementsComeOutInTheOrderTheyWentIn() {
        let queue = BoundedQueue<Int>(capacity: 8)
        for value in [5, 3, 9, 1] { #expect(queue.put(value)) }
        #expect(queue.count == 4)
        #expect([queue.take(), queue.take(), queue.take(), queue.take()] == [5, 3, 9, 1])
        #expect(queue.count == 0)
    }

    /// A producer far ahead of the consumer, through a queue of 3, hands over every element
    /// once and in order, and never has more than 3 waiting.
    @Test func aProducerOnAnotherThreadHandsOverEveryElementInOrder() {
        let queue = BoundedQueue<Int>(capacity: 3)
        let produced = Self.background {
            for value in 0..<2_000 { precondition(queue.put(value)) }
            queue.close()
        }
        var taken: [Int] = []
        var most = 0
        while let value = queue.take() {
            taken.append(value)
            most = max(most, queue.count)
        }
        #expect(produced.wait(timeout: .now() + 20) == .success)
        #expect(taken == Array(0..<2_000))
        #expect(most <= 3)
    }

    @Test func aPutWaitsWhileTheQueueIsFull() {
        let queue = BoundedQueue<String>(capacity: 2)
        #expect(queue.put("a") && queue.put("b"))
        let returned = Mutex(false)
        let third = Self.background {
            precondition(queue.put("c"))
            returned.withLock { $0 = true }
        }
        #expect(third.wait(timeout: .now() + 0.3) == .timedOut)
        #expect(!returned.withLock { $0 })
        #expect(queue.count == 2)
        #expect(queue.take() == "a")
        #expect(third.wait(timeout: .now() + 20) == .success)
        #expect(returned.withLock { $0 })
        #expect([queue.take(), queue.take()] == ["b", "c"])
    }

    @Test func aClosedQueueRefusesPutsAndGivesWhatIsLeftThenNil() {
        let queue = BoundedQueue<Int>(capacity: 4)
        #expect(queue.put(1) && queue.put(2))
        queue.close()
        #expect(!queue.put(3))
        #expect(queue.take() == 1)
        #expect(queue.take() == 2)
        #expect(queue.take() == nil)
        #expect(queue.take() == nil)
    }

    @Test func closingDiscardingTheQueueLeavesNothingToTake() {
        let queue = BoundedQueue<Int>(capacity: 4)
        #expect(queue.put(1) && queue.put(2))
        queue.close(discardingQueued: true)
        #expect(queue.count == 0)
        #expect(queue.take() == nil)
        #expect(!queue.put(3))
    }

    /// A put waiting for room and a take waiting for an element are both woken by `close`:
    /// the put is refused and the take finds nothing.
    @Test func closingWakesEveryWaitingThread() {
        let full = BoundedQueue<Int>(capacity: 1)
        #expect(full.put(0))
        let refused = Mutex<Bool?>(nil)
        let putter = Self.background { refused.withLock { $0 = !full.put(1) } }
        let empty = BoundedQueue<Int>(capacity: 1)
        let found = Mutex<Int??>(nil)
        let taker = Self.background { found.withLock { $0 = .some(empty.take()) } }
        #expect(putter.wait(timeout: .now() + 0.2) == .timedOut)
        #expect(taker.wait(timeout: .now() + 0.2) == .timedOut)
        full.close(discardingQueued: true)
        empty.close()
        #expect(putter.wait(timeout: .now() + 20) == .success)
        #expect(taker.wait(timeout: .now() + 20) == .success)
        #expect(refused.withLock { $0 } == true)
        #expect(found.withLock { $0 } == .some(nil))
    }
}
