import Foundation

/// Starts a worker thread and says whether it started: under a memory or thread limit
/// (`ulimit -v`, `ulimit -u`) the system may refuse, and a worker that never ran must not be
/// waited for. Batch workers, the store's insert thread and batch's unlinking threads all
/// start here; tests swap in a starter that refuses.
package struct ThreadStarter: Sendable {
    /// Starts `body` on a new thread with an 8 MiB stack; false when the thread did not start.
    package let start: @Sendable (_ body: @escaping @Sendable () -> Void) -> Bool

    /// A starter that starts threads with `start` (tests wrap `system` to refuse some).
    package init(start: @escaping @Sendable (_ body: @escaping @Sendable () -> Void) -> Bool) {
        self.start = start
    }

    /// Threads from `pthread_create`, which reports a refusal (Foundation's `Thread` does not).
    package static let system = ThreadStarter { body in
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, 8 << 20)
        let context = Unmanaged.passRetained(ThreadBody(body)).toOpaque()
        #if canImport(Glibc)
        var thread = pthread_t()
        #else
        var thread: pthread_t?
        #endif
        guard pthread_create(&thread, &attributes, { ThreadBody.run($0) }, context) == 0 else {
            Unmanaged<ThreadBody>.fromOpaque(context).release()
            return false
        }
        #if canImport(Glibc)
        pthread_detach(thread)
        #else
        if let thread { pthread_detach(thread) }
        #endif
        return true
    }
}

/// The work of one thread, handed through `pthread_create`'s context pointer.
private final class ThreadBody: Sendable {
    let body: @Sendable () -> Void

    init(_ body: @escaping @Sendable () -> Void) { self.body = body }

    /// The thread's entry point: runs the body and releases it.
    static func run(_ context: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
        guard let context else { return nil }
        Unmanaged<ThreadBody>.fromOpaque(context).takeRetainedValue().body()
        return nil
    }
}

extension ThreadStarter {
    /// The same starter, whose threads first lower their own scheduling priority by `steps`
    /// nice levels (Linux, where the nice value belongs to each thread; elsewhere unchanged).
    /// A batch with a store runs its workers so: the store's single thread is the slowest
    /// part of such a run, and the workers, which are ahead of it anyway, then leave it a core.
    package func yielding(by steps: Int32) -> ThreadStarter {
        ThreadStarter { body in
            start {
                #if os(Linux)
                errno = 0
                let current = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
                if errno == 0 { _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, current + steps) }
                #endif
                body()
            }
        }
    }
}
