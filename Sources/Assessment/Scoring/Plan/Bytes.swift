#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#else
import Darwin
#endif

extension Array<UInt8> {
    /// Whether these bytes are exactly `other`'s, by one `memcmp`: the plan's key, option and
    /// indicator matching, which the generic `elementsEqual` made a visible share of batch time.
    func sameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count == other.count else { return false }
        guard count > 0, let base = other.baseAddress else { return true }
        return withUnsafeBufferPointer { memcmp($0.baseAddress!, base, count) == 0 }
    }
}
