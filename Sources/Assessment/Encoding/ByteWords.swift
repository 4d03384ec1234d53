/// Eight bytes at a time: tests that say whether a word of text may hold a byte an escaper has
/// to look at, so runs of plain text are skipped a word at a time instead of a byte at a time.
/// Each test can answer yes for a word without such a byte (the escaper then looks byte by
/// byte), never no for a word with one.
package enum ByteWords {
    /// The eight bytes at `pointer` (any alignment), the first in the low byte.
    @inlinable @inline(__always)
    package static func load(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
    }

    /// Whether any byte of `word` is below `limit` (at most 0x80).
    @inlinable @inline(__always)
    package static func hasByte(_ word: UInt64, below limit: UInt8) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highBits != 0
    }

    /// Whether any byte of `word` equals `byte`.
    @inlinable @inline(__always)
    package static func hasByte(_ word: UInt64, equalTo byte: UInt8) -> Bool {
        hasByte(word ^ (ones &* UInt64(byte)), below: 1)
    }

    /// Whether any byte of `word` is 0x80 or above (part of a character outside ASCII).
    @inlinable @inline(__always)
    package static func hasNonASCII(_ word: UInt64) -> Bool { word & highBits != 0 }

    /// Whether any byte of `word`, with the bits of `mask` set, equals `byte`: one test for a
    /// small set of bytes that differ only in those bits.
    @inlinable @inline(__always)
    package static func hasByte(_ word: UInt64, equalTo byte: UInt8, ignoring mask: UInt8) -> Bool {
        hasByte(word | (ones &* UInt64(mask)), equalTo: byte)
    }

    @usableFromInline package static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline package static let highBits: UInt64 = 0x8080_8080_8080_8080
}
