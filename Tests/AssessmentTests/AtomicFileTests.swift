import Foundation
import TestSupport
import Testing
@testable import Assessment

@Suite struct AtomicFileTests {
    @Test func replacesContentAndLeavesNoTemporaryFile() throws {
        try withTemporaryDirectory { dir in
            try AtomicFile.write("old", to: dir + "/a.yaml")
            try AtomicFile.write("new", to: dir + "/a.yaml")
            #expect(try String(contentsOfFile: dir + "/a.yaml", encoding: .utf8) == "new")
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["a.yaml"])
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
