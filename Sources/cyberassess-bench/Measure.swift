import Foundation

/// Wall-clock timing and child-process peak memory for the benchmark.
enum Measure {
    /// Seconds since an arbitrary start, monotonic.
    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// User plus system CPU seconds of this process so far, all threads.
    static func cpu() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// Runs `body` `times` times and returns the fastest run's wall seconds, its CPU seconds
    /// and its result.
    static func best<T>(of times: Int, _ body: () throws -> T) rethrows -> (seconds: Double, value: T, cpu: Double) {
        var best: (Double, T, Double)?
        for _ in 0..<max(1, times) {
            let (start, startCPU) = (now(), cpu())
            let value = try body()
            let (seconds, cpuSeconds) = (now() - start, cpu() - startCPU)
            if best == nil || seconds < best!.0 { best = (seconds, value, cpuSeconds) }
        }
        return best!
    }

    /// Runs `body` `times` times and returns the median run's wall seconds, the spread of all
    /// runs (fastest and slowest), its CPU seconds and the last result. On a shared machine the
    /// median says more than the best run.
    /// The middle value of `values` (the upper middle of an even count).
    static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

    static func median<T>(of times: Int, _ body: () throws -> T) rethrows -> (seconds: Double, value: T, cpu: Double, spread: ClosedRange<Double>) {
        var runs: [(seconds: Double, cpu: Double)] = []
        var value: T?
        for _ in 0..<max(1, times) {
            let (start, startCPU) = (now(), cpu())
            value = try body()
            runs.append((now() - start, cpu() - startCPU))
        }
        let sorted = runs.sorted { $0.seconds < $1.seconds }
        let middle = sorted[sorted.count / 2]
        return (middle.seconds, value!, middle.cpu, sorted.first!.seconds...sorted.last!.seconds)
    }

    /// What a child process used.
    struct ChildRun {
        var status: Int32
        var seconds: Double
        /// Peak resident set size in bytes.
        var peakRSS: Int
    }

    /// Runs `executable arguments...` with stdout and stderr sent to `log`, waits for it and
    /// returns its exit status, time and, with `sampleMemory`, peak RSS (else 0).
    ///
    /// On Linux the peak is the child's own `VmHWM` from `/proc/PID/status`, read every 10 ms
    /// until it exits (it only grows, so the last reading is the peak, short of the last few
    /// milliseconds). `ru_maxrss` from `wait4` cannot be used there: a spawned child starts
    /// on its parent's memory, and the kernel folds the parent's resident size into the
    /// child's `ru_maxrss` at `exec`, so every child would report at least this benchmark's
    /// own size. Elsewhere `ru_maxrss` is used. Without `sampleMemory` the benchmark blocks in
    /// `wait4` until the child ends: polling had rounded every time up to the next 10 ms (a
    /// fifth of a single `score`) and read `/proc` beside the child on the same cores.
    static func child(_ executable: String, _ arguments: [String], log: String, stdin: String? = nil, sampleMemory: Bool = false) throws -> ChildRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let stdin { posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0) }
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid = pid_t()
        let start = now()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw BenchError("cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        var highWater = 0
        while true {
            let reaped = wait4(pid, &status, sampleMemory ? WNOHANG : 0, &usage)
            if reaped == pid { break }
            if reaped < 0, errno != EINTR { throw BenchError("wait4 failed: \(String(cString: strerror(errno)))") }
            if sampleMemory {
                highWater = max(highWater, residentHighWater(of: pid) ?? 0)
                usleep(10_000)
            }
        }
        let seconds = now() - start
        #if os(Linux)
        let peak = sampleMemory ? highWater : 0
        #elseif os(macOS)
        let peak = Int(usage.ru_maxrss)  // bytes on macOS
        #else
        let peak = Int(usage.ru_maxrss) * 1024
        #endif
        let exited = (status & 0x7f) == 0
        return ChildRun(status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), seconds: seconds, peakRSS: peak)
    }

    /// `VmHWM` of a running process in bytes (Linux), or nil.
    static func residentHighWater(of pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kB = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        else { return nil }
        return kB * 1024
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
