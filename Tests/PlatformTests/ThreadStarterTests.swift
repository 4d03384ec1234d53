import Foundation
import Synchronization
import Testing
@testable import Platform

/// Threads the system refuses to start are never waited for, and a yielding starter's
/// threads run below the priority of the thread that started them.
@Suite struct ThreadStarterTests {
    /// A starter that refuses every start after the first `allowed`, counting the requests.
    final class Refusing: Sendable {
        let allowed: Int
        private let requests = Mutex(0)
        init(allowed: Int) { self.allowed = allowed }
        var requested: Int { requests.withLock { $0 } }

        var starter: ThreadStarter {
            ThreadStarter { [self] body in
                let n = requests.withLock { count in
                    count += 1
                    return count
                }
                return n <= allowed && ThreadStarter.system.start(body)
            }
        }
    }

    /// Runs `body` on another thread and says whether it finished within `seconds`.
    func finishes(within seconds: Double, _ body: @escaping @Sendable () -> Void) -> Bool {
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            body()
            done.signal()
        }
        return done.wait(timeout: .now() + seconds) == .success
    }

    @Test func workersThatDidNotStartAreNotWaitedFor() {
        let queue = OrderedWorkQueue<Int>(total: 50, window: 8)
        let started = queue.startWorkers(4, starter: Refusing(allowed: 1).starter) { $0 * 2 }
        #expect(started == 1)
        let finished = finishes(within: 20) {
            for index in 0..<50 { precondition(queue.take() == index * 2) }
            queue.waitForWorkers()
        }
        #expect(finished, "the queue waited for workers that never started")
    }

    #if os(Linux)
    /// A yielding starter's thread runs `steps` nice levels below the thread that started it.
    @Test func yieldingThreadsRunAtALowerPriority() throws {
        errno = 0
        let own = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
        let seen = Mutex<Int32?>(nil)
        let done = DispatchSemaphore(value: 0)
        #expect(ThreadStarter.system.yielding(by: 3).start {
            seen.withLock { $0 = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) }
            done.signal()
        })
        done.wait()
        // Nice values stop at 19.
        #expect(seen.withLock { $0 } == min(own + 3, 19))
        #expect(getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) == own)
    }
    #endif
}
