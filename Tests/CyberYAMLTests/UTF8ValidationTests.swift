import Testing
@testable import CyberYAML

/// The validator that skips ASCII eight bytes at a time finds the same first invalid byte as
/// Swift's own UTF-8 parser, on random mixes of ASCII runs and multi-byte, overlong,
/// surrogate and truncated sequences at every alignment.
@Suite struct UTF8ValidationTests {
    /// The offset of the first byte that does not start a valid sequence, by the standard library.
    static func reference(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    @Test func agreesWithTheStandardLibrary() {
        var seed: UInt64 = 42
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33) % n
        }
        let pieces: [[UInt8]] = [
            Array("plain ascii text, ".utf8), Array("é".utf8), Array("€".utf8), Array("😀".utf8), [0xC0, 0xAF], [0xED, 0xA0, 0x80],
            [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xFF], Array("ab".utf8), Array("0123456789abcdef".utf8),
        ]
        var checked = 0, invalid = 0
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<next(12) { bytes += pieces[next(pieces.count)] }
            let expected = Self.reference(bytes)
            let found = bytes.withUnsafeBufferPointer { firstInvalidUTF8Offset($0) }
            #expect(found == expected, "\(bytes)")
            checked += 1
            if expected != nil { invalid += 1 }
        }
        #expect(checked == 3000 && invalid > 300 && invalid < 2900)
    }
}
