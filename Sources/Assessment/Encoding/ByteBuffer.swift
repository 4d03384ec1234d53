/// A growable run of bytes that one writer owns: appends are stores through a pointer with one
/// capacity check, without an array's uniqueness check and reference counting on every call.
/// Non-copyable, so it has exactly one owner, which frees the memory.
package struct ByteBuffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int
    /// Whether `start` was allocated here (and is freed here); false while the bytes go into
    /// storage lent by the caller.
    private var owned: Bool

    package init(capacity: Int) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
        owned = true
    }

    /// A buffer that writes into `storage` (an array's new storage, say) until it is full,
    /// and then moves to memory of its own (`isInLentStorage` turns false).
    package init(writingInto storage: UnsafeMutableBufferPointer<UInt8>) {
        if let base = storage.baseAddress, storage.count > 0 {
            start = base
            capacity = storage.count
            owned = false
        } else {
            capacity = 64
            start = .allocate(capacity: capacity)
            owned = true
        }
    }

    deinit { if owned { start.deallocate() } }

    /// Whether every byte so far is in the storage given to `init(writingInto:)`.
    package var isInLentStorage: Bool { !owned }

    /// Appends one byte.
    @inline(__always)
    package mutating func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        start[count] = byte
        count += 1
    }

    /// Appends `bytes`.
    @inline(__always)
    package mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        if count + bytes.count > capacity { grow(to: count + bytes.count) }
        (start + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    /// Appends the UTF-8 of a literal.
    @inline(__always)
    package mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { append($0) }
    }

    /// Appends `byte` `times` times.
    @inline(__always)
    package mutating func append(repeating byte: UInt8, count times: Int) {
        guard times > 0 else { return }
        if count + times > capacity { grow(to: count + times) }
        (start + count).update(repeating: byte, count: times)
        count += times
    }

    /// Calls `body` with the bytes written so far.
    package func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: start, count: count))
    }

    /// Writes `bytes` over those already written at `offset`.
    package mutating func overwrite(at offset: Int, with bytes: some Collection<UInt8>) {
        precondition(offset >= 0 && offset + bytes.count <= count, "overwrite past the written bytes")
        var index = offset
        for byte in bytes {
            start[index] = byte
            index += 1
        }
    }

    /// The bytes written so far, as an array (one copy).
    package consuming func finish() -> [UInt8] {
        Array(UnsafeBufferPointer(start: start, count: count))
    }

    /// Makes room for at least `needed` bytes, at least doubling.
    private mutating func grow(to needed: Int) {
        let larger = max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.moveInitialize(from: start, count: count)
        if owned { start.deallocate() }
        start = moved
        capacity = larger
        owned = true
    }
}
