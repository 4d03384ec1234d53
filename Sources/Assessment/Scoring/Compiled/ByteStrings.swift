#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif

/// Byte strings stored end to end in one buffer, compared with `memcmp`: the compiled scorer's question
/// ids, option values and indicator ids. One buffer rather than an array per string, so that
/// comparing against one costs no reference counting.
package struct ByteStrings: Sendable {
    private var bytes: [UInt8] = []
    /// Where each string ends in `bytes`; string i starts where string i − 1 ends.
    private var ends: [Int] = []

    package init() {}

    package init(_ strings: some Sequence<some Collection<UInt8>>) {
        for string in strings { append(string) }
    }

    package var count: Int { ends.count }

    package mutating func append(_ string: some Collection<UInt8>) {
        bytes += string
        ends.append(bytes.count)
    }

    /// Whether string `i` is exactly `other`.
    package func equals(_ i: Int, _ other: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = i == 0 ? 0 : ends[i - 1], count = ends[i] - start
        guard count == other.count else { return false }
        guard count > 0, let base = other.baseAddress else { return true }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, base, count) == 0 }
    }

    /// Whether string `i` is exactly `text`'s UTF-8.
    package func equals(_ i: Int, text: String) -> Bool {
        var text = text
        return text.withUTF8 { equals(i, $0) }
    }

    /// String `i`'s bytes.
    package subscript(i: Int) -> ArraySlice<UInt8> { bytes[(i == 0 ? 0 : ends[i - 1])..<ends[i]] }
}
