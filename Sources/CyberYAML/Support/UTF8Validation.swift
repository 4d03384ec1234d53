/// Finds the first byte that makes `bytes` invalid UTF-8, or nil when the bytes are valid.
/// Rejects overlong forms, surrogates and code points past U+10FFFF, as the standard requires.
func firstInvalidUTF8Offset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = 0
    let n = bytes.count
    guard let base = bytes.baseAddress else { return nil }
    let raw = UnsafeRawPointer(base)
    while i < n {
        // ASCII, the bulk of any file here, eight bytes at a time.
        while i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
        guard i < n else { break }
        let b0 = bytes[i]
        if b0 < 0x80 { i += 1; continue }
        let length: Int
        var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return i
        }
        guard i + length <= n else { return i }
        let b1 = bytes[i + 1]
        guard b1 >= lower && b1 <= upper else { return i }
        for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
        i += length
    }
    return nil
}

/// The first control character YAML does not allow written raw (C0 controls other than tab,
/// line feed and carriage return; DEL; C1 controls other than NEL) in valid UTF-8: its byte
/// offset and code point, or nil when there is none.
func firstControlCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, scalar: UInt32)? {
    for i in bytes.indices {
        let b = bytes[i]
        if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D { return (i, UInt32(b)) }
        if b == 0x7F { return (i, 0x7F) }
        if b == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]), bytes[i + 1] != 0x85 {
            return (i, UInt32(bytes[i + 1]))
        }
    }
    return nil
}

/// The 1-based line and column (in characters) of a byte offset, counted as libyaml counts
/// them: a leading byte-order mark takes no column, and LF, CRLF and a lone CR end a line.
func mark(ofOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Mark {
    var line = 1, column = 1
    let end = min(offset, bytes.count)
    var i = byteOrderMarkLength(bytes)
    while i < end {
        let b = bytes[i]
        if b == 0x0A || b == 0x0D {
            if b == 0x0D, i + 1 < end, bytes[i + 1] == 0x0A { i += 1 }
            line += 1
            column = 1
        } else if b & 0xC0 != 0x80 {
            column += 1
        }
        i += 1
    }
    return Mark(line: line, column: column)
}

/// 3 when `bytes` start with the UTF-8 byte-order mark (EF BB BF), else 0.
func byteOrderMarkLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
}
