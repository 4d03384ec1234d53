import Foundation
import TestSupport
import Testing
@testable import Platform

@Suite struct AtomicFileTests {
    @Test func replacesContentAndLeavesNoTemporaryFile() throws {
        try withTemporaryDirectory { dir in
            try AtomicFile.write("old", to: dir + "/a.yaml")
            try AtomicFile.write("new", to: dir + "/a.yaml")
            #expect(try String(contentsOfFile: dir + "/a.yaml", encoding: .utf8) == "new")
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["a.yaml"])
        }
    }

    /// A file synced but not yet published stays hidden (the old file is still in place); a
    /// writer dropped then leaves nothing behind; a published one replaces the old file.
    @Test func aSyncedFileAppearsOnlyWhenPublished() throws {
        try withTemporaryDirectory { dir in
            try AtomicFile.write("old", to: dir + "/a.csv")
            do {
                let dropped = try AtomicWriter(path: dir + "/a.csv")
                try dropped.write(Array("dropped".utf8))
                dropped.startWriteback()
                try dropped.sync()
                #expect(try FileManager.default.contentsOfDirectory(atPath: dir).count == 2)
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["a.csv"])
            let writer = try AtomicWriter(path: dir + "/a.csv")
            try writer.write(Array("new".utf8))
            writer.startWriteback()
            try writer.sync()
            #expect(try String(contentsOfFile: dir + "/a.csv", encoding: .utf8) == "old")
            try writer.publish()
            #expect(try String(contentsOfFile: dir + "/a.csv", encoding: .utf8) == "new")
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["a.csv"])
            #expect(throws: FileWriteError.self) { try writer.publish() }
        }
    }

    @Test func appliesPermissionsToNewFiles() throws {
        try withTemporaryDirectory { dir in
            try AtomicFile.write("secret", to: dir + "/k", permissions: 0o600)
            let mode = try FileManager.default.attributesOfItem(atPath: dir + "/k")[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
    }

    @Test func createsMissingFolders() throws {
        try withTemporaryDirectory { dir in
            try AtomicFile.write("x", to: dir + "/a/b/c.txt")
            #expect(FileManager.default.fileExists(atPath: dir + "/a/b/c.txt"))
        }
    }

    @Test func removesTemporariesOfDeadWritersOnly() throws {
        try withTemporaryDirectory { dir in
            let finished = Process()
            finished.executableURL = URL(fileURLWithPath: "/bin/true")
            try finished.run()
            finished.waitUntilExit()
            let dead = dir + "/.a.yaml.tmp-\(finished.processIdentifier)-1"
            let alive = dir + "/.a.yaml.tmp-\(getpid())-2"
            let other = dir + "/.b.yaml.tmp-\(finished.processIdentifier)-3"
            for path in [dead, alive, other] { FileManager.default.createFile(atPath: path, contents: Data("partial".utf8)) }
            AtomicFile.removeStaleTemporaries(for: dir + "/a.yaml")
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == [".a.yaml.tmp-\(getpid())-2", ".b.yaml.tmp-\(finished.processIdentifier)-3"])
        }
    }
}
