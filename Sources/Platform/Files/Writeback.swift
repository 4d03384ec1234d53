import CPlatform

/// Starting a file's way to disk without waiting for it (`sync_file_range` with
/// `SYNC_FILE_RANGE_WRITE`, Linux), so that the disk writes while the program goes on and a
/// later `fsync` or `syncfs` waits only for what is left. A hint: where the system has no
/// such call, or the call fails, nothing happens and the later sync does all the work.
package enum Writeback {
    /// Starts writing every dirty page of the open file `fd` to disk.
    package static func start(_ fd: Int32) {
        _ = cyberassess_start_writeback(fd)
    }
}
