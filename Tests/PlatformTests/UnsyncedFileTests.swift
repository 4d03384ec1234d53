import Foundation
import TestSupport
import Testing
@testable import Platform

@Suite struct UnsyncedFileTests {
    @Test func writesAndReplacesTheFileInPlace() throws {
        try withTemporaryDirectory { dir in
            try UnsyncedFile.write(Array("old, longer".utf8), to: dir + "/0.json")
            try UnsyncedFile.write(Array("new".utf8), to: dir + "/0.json")
            #expect(try String(contentsOfFile: dir + "/0.json", encoding: .utf8) == "new")
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["0.json"])
        }
    }

    @Test func aMissingFolderIsNamedInTheError() throws {
        try withTemporaryDirectory { dir in
            #expect(throws: FileWriteError.unwritable(path: dir + "/gone/0.json", reason: "the folder does not exist")) {
                try UnsyncedFile.write([1], to: dir + "/gone/0.json")
            }
        }
    }

    @Test func syncsAFolderTreeAndRefusesAMissingOne() throws {
        try withTemporaryDirectory { dir in
            try FileManager.default.createDirectory(atPath: dir + "/2025-26", withIntermediateDirectories: true)
            try UnsyncedFile.write(Array("{}".utf8), to: dir + "/2025-26/a.json")
            try UnsyncedFile.syncFolder(dir)
            #expect(throws: FileWriteError.self) { try UnsyncedFile.syncFolder(dir + "/gone") }
        }
    }
}
