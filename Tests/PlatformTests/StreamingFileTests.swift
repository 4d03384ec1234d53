import Foundation
import TestSupport
import Testing
@testable import Platform

/// A streamed output of several mebibytes (flushed in 64 KiB pieces, each mebibyte started on
/// its way to disk as it goes) holds every byte written, in order, once published, and nothing
/// shows under its name before.
@Suite struct StreamingFileTests {
    @Test func aLargeOutputHoldsEveryLineOnceSyncedAndPublished() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/summary.jsonl"
            let file = try StreamingFile(path: path)
            var expected: [UInt8] = []
            for i in 0..<40_000 {
                let line = Array("{\"line\":\(i),\"text\":\"\(String(repeating: "x", count: i % 97))\"}\n".utf8)
                expected += line
                if i % 2 == 0 { try file.write(line) } else { try file.write(String(decoding: line, as: UTF8.self)) }
            }
            #expect(expected.count > 2 << 20)
            try file.finishWriting()
            try file.sync()
            #expect(!FileManager.default.fileExists(atPath: path))
            try file.publish()
            #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))) == expected)
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["summary.jsonl"])
        }
    }
}
