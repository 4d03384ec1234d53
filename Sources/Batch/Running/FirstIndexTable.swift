import Crypto

/// A body id and period as 128 bits of SHA-256: 16 bytes per body however long the id, and
/// length-prefixed so that no two different pairs hash the same input.
struct BodyKey: Equatable {
    let high: UInt64
    let low: UInt64

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    init(id: String, period: String) {
        var bytes = Array("\(id.utf8.count):".utf8)
        bytes += id.utf8
        bytes += period.utf8
        let digest = SHA256.hash(data: bytes)
        (high, low) = digest.withUnsafeBytes { ($0.loadUnaligned(as: UInt64.self), $0.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) }
    }
}

/// The input index where each body and period was first seen: an insert-only hash table in
/// flat arrays (open addressing, linear probing, at most 80 % full), about 25 bytes per body
/// where a `Dictionary` takes 50 to 80 right after it grows. The keys are already uniform
/// hashes, so their low bits pick the slot.
struct FirstIndexTable {
    private var keys: [UInt64] = []
    /// The input index in each slot; -1 for an empty slot.
    private var indices: [Int32] = []
    private(set) var count = 0

    /// Records `index` for `key` and returns nil, or returns the index recorded first.
    mutating func insert(_ key: BodyKey, index: Int) -> Int? {
        if (count + 1) * 5 > indices.count * 4 { grow() }
        var slot = Int(truncatingIfNeeded: key.low) & (indices.count - 1)
        while indices[slot] >= 0 {
            if keys[2 * slot] == key.high, keys[2 * slot + 1] == key.low { return Int(indices[slot]) }
            slot = (slot + 1) & (indices.count - 1)
        }
        keys[2 * slot] = key.high
        keys[2 * slot + 1] = key.low
        indices[slot] = Int32(truncatingIfNeeded: index)
        count += 1
        return nil
    }

    private mutating func grow() {
        let (oldKeys, oldIndices) = (keys, indices)
        let capacity = max(64, indices.count * 2)
        keys = [UInt64](repeating: 0, count: 2 * capacity)
        indices = [Int32](repeating: -1, count: capacity)
        count = 0
        for slot in oldIndices.indices where oldIndices[slot] >= 0 {
            _ = insert(BodyKey(high: oldKeys[2 * slot], low: oldKeys[2 * slot + 1]), index: Int(oldIndices[slot]))
        }
    }
}
