import Foundation
import TestSupport
import Testing
@testable import Assessment

@Suite struct YAMLFilesTests {
    /// A fresh folder holding `files` (paths relative to it), each with a line of text.
    func folder(in root: String, with files: [String]) throws -> String {
        for file in files {
            let path = root + "/" + file
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data("a: 1\n".utf8).write(to: URL(fileURLWithPath: path))
        }
        return root
    }

    @Test func listsYAMLFilesDirectlyInsideSortedByPath() throws {
        let temporary = try TemporaryFolder()
        let root = try folder(in: temporary.path, with: ["b.yml", "a.yaml", "Z.yaml", "notes.txt", ".hidden.yaml", "sub/c.yaml"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(YAMLFiles.list(in: root) == ["Z.yaml", "a.yaml", "b.yml"].map { root + "/" + $0 })
        #expect(YAMLFiles.list(in: root + "/") == YAMLFiles.list(in: root))
    }

    @Test func recursiveListingSkipsHiddenFoldersAndSortsWholePaths() throws {
        let temporary = try TemporaryFolder()
        let root = try folder(in: temporary.path, with: ["a.yaml", "a/b.yaml", "a/z/c.yml", ".git/x.yaml", "b.yaml", "a-b.yaml"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(YAMLFiles.listRecursively(in: root) == ["a-b.yaml", "a.yaml", "a/b.yaml", "a/z/c.yml", "b.yaml"].map { root + "/" + $0 })
    }

    @Test func aMissingFolderHasNoFiles() {
        #expect(YAMLFiles.list(in: "/nonexistent/folder") == [])
        #expect(YAMLFiles.listRecursively(in: "/nonexistent/folder") == [])
    }
}

extension YAMLFilesTests {
    /// Entries named like YAML files that are not files are listed, so reading them reports why.
    @Test func specialEntriesNamedLikeYAMLAreListedNotSkipped() throws {
        let temporary = try TemporaryFolder()
        let root = try folder(in: temporary.path, with: ["a.yaml"])
        #expect(mkfifo(root + "/pipe.yaml", 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: root + "/dangling.yaml", withDestinationPath: root + "/missing")
        try FileManager.default.createDirectory(atPath: root + "/folder.yaml", withIntermediateDirectories: false)
        try Data("a: 1\n".utf8).write(to: URL(fileURLWithPath: root + "/folder.yaml/inner.yaml"))
        #expect(YAMLFiles.listRecursively(in: root) == ["a.yaml", "dangling.yaml", "folder.yaml", "pipe.yaml"].map { root + "/" + $0 })
        #expect(YAMLFiles.list(in: root) == YAMLFiles.listRecursively(in: root))
        for (name, reason) in [("pipe.yaml", "is not a regular file (a pipe, socket or device); give a file"),
                               ("dangling.yaml", "is a symbolic link to a file that does not exist"),
                               ("folder.yaml", "is a folder, expected a file")] {
            #expect(throws: AssessmentError.unreadable(path: root + "/" + name, reason: reason)) {
                try FileBytes.read(root + "/" + name, limits: .default)
            }
        }
    }
}
