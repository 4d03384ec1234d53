/// Starting a file's way to disk without waiting for it (`sync_file_range` with
/// `SYNC_FILE_RANGE_WRITE`, Linux), so that the disk writes while the program goes on and a
/// later `fsync` or `syncfs` waits only for what is left. A hint: where the C library has no
/// such call, or the call fails, nothing happens and the later sync does all the work.
public enum Writeback {
    /// Starts writing every dirty page of the open file `fd` to disk.
    public static func start(_ fd: Int32) {
        if let startWriteback { _ = startWriteback(fd, 0, 0, writeFlag) }
    }

    private static let startWriteback = CLibrary.function("sync_file_range", as: (@convention(c) (Int32, Int64, Int64, UInt32) -> Int32).self)
    private static let writeFlag: UInt32 = 2  // SYNC_FILE_RANGE_WRITE
}
