import Foundation
import GRDB
import Store
import TestSupport
import Testing

/// A file that is not a cyberassess store (another application's database) is never written
/// to: read-only commands created the store's tables in any SQLite file they were given, and a
/// store of a newer schema was written into and relabelled as the old one.
@Suite struct ForeignDatabaseTests {
    /// Another application's database, and its bytes.
    static func foreign(in folder: String) throws -> (path: String, bytes: Data) {
        let path = folder + "/payroll.sqlite"
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE staff (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO staff VALUES (1, 'A. Person')")
        }
        return (path, try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test func anotherApplicationsDatabaseIsRefusedUntouchedByReadersAndWriters() throws {
        let folder = try TemporaryFolder()
        let (path, bytes) = try Self.foreign(in: folder.path)
        let reason = "is an SQLite database of another application (its tables are not a cyberassess store's), so cyberassess leaves it as it is; give the file 'batch --db' wrote, or a new file"
        #expect(throws: StoreError.database(path: path, reason: reason)) { _ = try ResultsStore(reading: path) }
        #expect(throws: StoreError.database(path: path, reason: reason)) { _ = try ResultsStore(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test func anEmptySQLiteFileIsAStoreOnlyForTheWriter() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/new.sqlite"
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "PRAGMA user_version = 7") }
        #expect(throws: StoreError.database(path: path, reason: "holds no cyberassess store (the SQLite file has no tables); write one first with 'cyberassess batch ... --db \(path)'")) {
            _ = try ResultsStore(reading: path)
        }
        _ = try ResultsStore(path: path)
        #expect(try ResultsStore(reading: path).isAnonymised() == nil)
    }

    @Test func aStoreOfANewerSchemaIsRefusedUntouched() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/future.sqlite"
        _ = try ResultsStore(path: path)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9'); CREATE TABLE later_things (id INTEGER)")
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let reason = "was written by a newer cyberassess (its schema is past version 3); use that version, or write a new store with this one"
        #expect(throws: StoreError.database(path: path, reason: reason)) { _ = try ResultsStore(path: path) }
        #expect(throws: StoreError.database(path: path, reason: reason)) { _ = try ResultsStore(reading: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }
}
