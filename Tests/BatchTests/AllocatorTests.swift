import Batch
import Foundation
import Synchronization
import Testing

/// With the Mimalloc trait (see Package.swift), the allocator the command and the tests link on Linux: it must
/// be the one every library's `malloc` reaches, libyaml's included, and a thread that allocates
/// and frees a body's worth of buffers over and over must reuse its memory instead of having
/// the system map fresh zeroed pages each time (the C library's allocator, untuned, takes about
/// 280 page faults for the same loop).
@Suite struct AllocatorTests {
    #if os(Linux) && Mimalloc
    @Test func mallocIsMimallocsEvenForLibraries() throws {
        let everywhere = UnsafeMutableRawPointer(bitPattern: 0)
        #expect(dlsym(everywhere, "mi_version") != nil, "mimalloc is not linked")
        let malloc = UInt(bitPattern: try #require(dlsym(everywhere, "malloc")))
        // The file mapped where `malloc` is, from the process's own map.
        // Read to its end: the file's size says 0.
        let maps = String(decoding: try #require(FileHandle(forReadingAtPath: "/proc/self/maps")).readDataToEndOfFile(), as: UTF8.self)
        let library = maps.split(separator: "\n").first { line in
            let range = line.prefix { $0 != " " }.split(separator: "-").compactMap { UInt($0, radix: 16) }
            return range.count == 2 && (range[0]..<range[1]).contains(malloc)
        }.map { String($0.split(separator: " ").last ?? "") } ?? "nowhere"
        #expect(library.contains("libmimalloc"), "malloc comes from \(library)")
    }

    @Test func buffersFreedOnAWorkerThreadAreReusedWithoutPageFaults() {
        let faults = onNewThread {
            Self.round(times: 5)
            let before = Self.minorFaults()
            Self.round(times: 100)
            return Self.minorFaults() - before
        }
        #expect(faults < 100, "\(faults) page faults in 100 rounds")
    }

    /// Allocates, fills and frees buffers as rendering one body's reports does: a buffer grown by
    /// doubling to 512 kB, and many small ones.
    static func round(times: Int) {
        for _ in 0..<times {
            var blocks: [UnsafeMutableRawPointer] = []
            var size = 16_384
            while size <= 524_288 {
                let block = malloc(size)!
                memset(block, 1, size)
                blocks.append(block)
                size *= 2
            }
            for _ in 0..<200 {
                let block = malloc(2_000)!
                memset(block, 2, 2_000)
                blocks.append(block)
            }
            for block in blocks { free(block) }
        }
    }

    /// Minor page faults of the calling thread so far.
    static func minorFaults() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(1), &usage)  // RUSAGE_THREAD
        return usage.ru_minflt
    }
    #endif
}

#if os(Linux)
/// Runs `body` on a new thread and returns its result once it has finished.
func onNewThread(_ body: @escaping @Sendable () -> Int) -> Int {
    let done = DispatchSemaphore(value: 0)
    let result = Mutex(0)
    Thread {
        let value = body()
        result.withLock { $0 = value }
        done.signal()
    }.start()
    done.wait()
    return result.withLock { $0 }
}
#endif
