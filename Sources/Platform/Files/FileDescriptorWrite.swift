import Foundation

/// Writing a whole buffer to an open file descriptor, the one loop every writer of the tool
/// shares: short writes are continued and writes a signal interrupted are retried.
package enum FileDescriptorWrite {
    /// Writes every byte of `buffer` to `fd`; returns 0, or the error number that stopped it.
    package static func all(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Int32 {
        var offset = 0
        while offset < buffer.count {
            let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0, errno == EINTR { continue }
            if n <= 0 { return n == 0 ? EIO : errno }
            offset += n
        }
        return 0
    }
}
