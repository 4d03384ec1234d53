import Assessment
import Foundation
import TestSupport
import Testing
@testable import Batch

@Suite struct BatchInputsTests {
    @Test func foldersAreSearchedRecursivelyInPathOrder() throws {
        try withTemporaryDirectory { base in
            for path in ["a/b0.yaml", "a/b/z.yaml", "a/b-c.yml", "a/notes.txt", "a/.hidden/h.yaml", "a/.dot.yaml", "a/b/deeper/d.yaml"] {
                let full = base + "/" + path
                try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try "x: 1\n".write(toFile: full, atomically: true, encoding: .utf8)
            }
            try FileManager.default.createSymbolicLink(atPath: base + "/a/link.yaml", withDestinationPath: base + "/a/b0.yaml")
            try FileManager.default.createSymbolicLink(atPath: base + "/a/b/loop", withDestinationPath: base + "/a")
            let inputs = try BatchInputs.collect([base + "/a/", base + "/a/b0.yaml"])
            // Byte order of whole paths: '-' (2D) < '/' (2F) < '0' (30) < 'l'.
            #expect((0..<inputs.count).map { inputs[$0] } == ["a/b-c.yml", "a/b/deeper/d.yaml", "a/b/z.yaml", "a/b0.yaml", "a/link.yaml", "a/b0.yaml"].map { base + "/" + $0 })
            #expect((0..<inputs.count).map(inputs.foundInFolder) == [true, true, true, true, true, false])
        }
    }

    /// Names that are prefixes of one another, non-ASCII and mixed case, in nested folders,
    /// some differing only in Unicode normalisation: the batch finds each file at its own path,
    /// in the library listing's order (whole paths in byte order).
    @Test func aFolderIsOrderedAsTheLibraryListsIt() throws {
        try withTemporaryDirectory { base in
            let pieces = ["a", "A", "b-", "b", "é", "e\u{301}", "z", "0", "9", "_", "."]
            var state: UInt64 = 5
            func pick() -> String {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                return pieces[Int(state >> 33) % pieces.count]
            }
            for i in 0..<120 {
                let folder = i % 3 == 0 ? "" : "/" + pick() + pick() + (i % 3 == 2 ? "/" + pick() : "")
                let name = pick() + pick() + pick() + (i % 2 == 0 ? ".yaml" : ".yml")
                try FileManager.default.createDirectory(atPath: base + folder, withIntermediateDirectories: true)
                _ = FileManager.default.createFile(atPath: base + folder + "/" + name, contents: Data("x: 1\n".utf8))
            }
            let inputs = try BatchInputs.collect([base])
            let listed = YAMLFiles.listRecursively(in: base)
            #expect(listed.count > 60)
            // Compared as bytes: `String`'s `==` would take `é` and `e` with a combining accent
            // for the same name.
            #expect((0..<inputs.count).map { Array(inputs[$0].utf8) } == listed.map { Array($0.utf8) })
        }
    }

    @Test func manifestFromStandardInput() throws {
        let inputs = try BatchInputs.collect(["-"], standardInput: { Array("# list\n/x/one.yaml\r\n\n  two.yaml\n".utf8) })
        #expect((0..<inputs.count).map { inputs[$0] } == ["/x/one.yaml", FileManager.default.currentDirectoryPath + "/two.yaml"])
    }

    @Test func aManifestOnStandardInputPastTheLimitIsRefused() {
        #expect(throws: BatchError.unreadableManifest(path: "-", reason: "the list on stdin is longer than 64 MiB; split it into several manifest files")) {
            _ = try BatchInputs.collect(["-"], standardInput: { [UInt8](repeating: UInt8(ascii: "a"), count: BatchInputs.maxManifestBytes + 1) })
        }
    }
}

@Suite struct FirstIndexTableTests {
    @Test func remembersTheFirstIndexThroughGrowth() {
        var table = FirstIndexTable()
        for i in 0..<5000 { #expect(table.insert(BodyKey(id: "E\(i)", period: "2026-27"), index: i) == nil) }
        #expect(table.insert(BodyKey(id: "E4321", period: "2026-27"), index: 9999) == 4321)
        #expect(table.insert(BodyKey(id: "E4321", period: "2027-28"), index: 9999) == nil)
        // Length-prefixed: id "E1" + period "2" is not id "E12" + period "".
        #expect(table.insert(BodyKey(id: "E1", period: "2"), index: 1) == nil)
        #expect(table.insert(BodyKey(id: "E12", period: ""), index: 2) == nil)
        #expect(table.count == 5003)
    }
}

@Suite struct ManifestLimitTests {
    @Test func oversizedManifestIsRefusedBeforeItIsRead() throws {
        let scratch = try TemporaryFolder()
        let path = scratch.path + "/bodies.txt"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(BatchInputs.maxManifestBytes + 1))
        try handle.close()
        #expect(throws: BatchError.unreadableManifest(path: path, reason: "file is \(BatchInputs.maxManifestBytes + 1) bytes, more than the limit of \(BatchInputs.maxManifestBytes) bytes; split it or raise the limit")) {
            _ = try BatchInputs.collect([path])
        }
    }
}
