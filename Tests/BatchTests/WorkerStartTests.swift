import Assessment
import Foundation
import Synchronization
import TestSupport
import Testing
@testable import Batch

/// Worker threads the system refuses to start are never waited for, and `--jobs` is
/// clamped to `BatchOptions.maxJobs`.
@Suite struct WorkerStartTests {
    typealias F = BatchFixtures

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

    final class Outcome: Sendable {
        let value = Mutex<BatchResult?>(nil)
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

    @Test func aBatchWhoseWorkersAllFailToStartStillFinishes() throws {
        let scratch = try TemporaryFolder()
        let folder = try BatchRunnerTests.mixedFolder(in: scratch.path)
        var options = BatchOptions(outputFolder: folder + "/../out", jobs: 3)
        options.startThread = Refusing(allowed: 0).starter
        let inputs = try BatchInputs.collect([folder])
        let runner = BatchRunner(library: F.library, options: options)
        let result = Outcome()
        let finished = finishes(within: 60) {
            let outcome = try? runner.run(inputs)
            result.value.withLock { $0 = outcome }
        }
        #expect(finished, "the batch waited for workers that never started")
        #expect(result.value.withLock { $0 }?.scored == 5)
    }

    @Test func jobsAreClampedToFourPerCore() throws {
        let folderTemporary = try TemporaryFolder()
        let folder = folderTemporary.path
        let count = BatchOptions.maxJobs + 3
        for n in 0..<count {
            try F.write(F.uniform(id: "E\(n)", name: "Council \(n)", levelOne: []), to: folder + "/b\(n).yaml")
        }
        let refusing = Refusing(allowed: .max)
        var options = BatchOptions(outputFolder: folder + "/out", jobs: 450)
        options.startThread = refusing.starter
        let result = try BatchRunner(library: F.library, options: options).run(try BatchInputs.collect([folder]))
        #expect(result.scored == count)
        #expect(refusing.requested == BatchOptions.maxJobs)
        #expect(BatchOptions.maxJobs == 4 * ProcessInfo.processInfo.activeProcessorCount)
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
