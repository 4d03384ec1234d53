/// Byte strings to their indices, looked up without making a `String`: how the fast reader
/// finds a question from the key libyaml hands it.
package struct ByteTable: Sendable {
    /// Open addressing: each slot holds an index into `keys` plus one, or 0 when empty.
    private let slots: [Int32]
    private let keys: ByteStrings
    private let mask: Int

    /// A table of `keys`, each found at its position; a key given twice keeps its first.
    package init(_ keys: ByteStrings) {
        var size = 16
        while size < keys.count * 2 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        for index in 0..<keys.count {
            let key = keys[index]
            var slot = Self.hash(key) & (size - 1)
            var duplicate = false
            while slots[slot] != 0 {
                if keys[Int(slots[slot]) - 1] == key { duplicate = true; break }
                slot = (slot + 1) & (size - 1)
            }
            if !duplicate { slots[slot] = Int32(index + 1) }
        }
        self.slots = slots
        self.keys = keys
        self.mask = size - 1
    }

    /// The index of `bytes`, or nil when it is not a key.
    package func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var slot = Self.hash(bytes) & mask
        while true {
            let entry = Int(slots[slot])
            guard entry != 0 else { return nil }
            if keys.equals(entry - 1, bytes) { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// FNV-1a over the bytes.
    private static func hash(_ bytes: some Sequence<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}

extension ByteTable {
    /// The index of `text`'s UTF-8 bytes.
    package func index(ofText text: String) -> Int? {
        var text = text
        return text.withUTF8 { index(of: $0) }
    }
}
