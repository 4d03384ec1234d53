import Assessment

/// Settings of the C library's allocator (glibc's `mallopt`) for a process that scores many
/// bodies.
///
/// By default glibc hands memory back to the system as soon as a few hundred kilobytes at the
/// top of its heap are free, and serves blocks over 128 kB from fresh mappings. A batch frees
/// and allocates the same few hundred kilobytes for every body (a body's reports are 460 kB),
/// so the system zeroed and mapped the same pages again for each: up to 56 page faults per body
/// with reports, and about a sixth of the CPU time of `batch --reports json,html` and of a
/// batch with `--db`. With these settings freed memory stays with the process and is reused;
/// peak memory does not grow, since nothing is held that was not in use at some moment.
public enum AllocatorTuning {
    /// Keeps freed memory for reuse. Call once, when a batch starts. Does nothing where the C
    /// library has no `mallopt` (it is glibc's).
    public static func keepFreedMemory() {
        guard let mallopt = Self.mallopt else { return }
        _ = mallopt(mmapThreshold, 32 << 20)  // blocks under 32 MiB come from the heap
        _ = mallopt(trimThreshold, 256 << 20)  // give memory back only past 256 MiB free
        _ = mallopt(topPad, 16 << 20)  // grow the heap 16 MiB at a time
    }

    // glibc's parameter numbers (malloc.h); the Swift overlay declares neither them nor mallopt.
    private static let trimThreshold: Int32 = -1
    private static let topPad: Int32 = -2
    private static let mmapThreshold: Int32 = -3

    private static let mallopt = CLibrary.function("mallopt", as: (@convention(c) (Int32, Int32) -> Int32).self)
}
