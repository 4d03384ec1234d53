import Assessment
import Foundation
import Platform
import Synchronization
import TestSupport
import Testing
@testable import Batch

/// A batch whose worker threads the system refuses to start still finishes, and `--jobs` is
/// clamped to `BatchOptions.maxJobs`. (The queue's side is in PlatformTests' ThreadStarterTests.)
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
}
