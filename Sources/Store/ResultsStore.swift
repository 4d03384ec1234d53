import Assessment
import Foundation
import CSQLiteConfig
import GRDB

/// An SQLite file of scored assessments for analysts and BI tools (see docs/store.md).
///
/// The file is created and migrated on open. A store is either named (bodies with ids and
/// names) or anonymised (no names, ids, files or digests), fixed by its first run.
package struct ResultsStore: Sendable {
    /// The database file.
    package let path: String
    let queue: DatabaseQueue

    /// SQLite's memory statistics, off before the process's first database opens (every
    /// database opens here, and this runs once, before any of them).
    private static let withoutMemoryStatistics: Void = { _ = cyberassess_sqlite_without_memory_statistics() }()

    /// Opens (creating if needed) the store at `path`.
    package init(path: String) throws(StoreError) {
        _ = Self.withoutMemoryStatistics
        self.path = path
        var configuration = Configuration()
        // A batch writes into one transaction that spans many calls (see `StoreRun`).
        configuration.allowsUnsafeTransactions = true
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try StoreSchema.migrator().migrate(queue)
        } catch {
            throw StoreError.database(path: path, reason: Self.reason(error))
        }
    }

    /// Whether the store holds anonymised results; nil before its first run.
    package func isAnonymised() throws(StoreError) -> Bool? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'anonymised'").map { $0 == "1" } }
    }

    /// Runs `body` on a read of the database, mapping SQLite errors to `StoreError`.
    package func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try queue.inDatabase(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database(path: path, reason: Self.reason(error))
        }
    }

    /// The rows of an SQL query, each as column name → text (NULL as nil), for documentation
    /// examples and tests.
    package func rows(_ sql: String) throws(StoreError) -> [[String: String?]] {
        try read { db in
            try Row.fetchAll(db, sql: sql).map { row in
                var values: [String: String?] = [:]
                for (column, value) in row { values[column] = Self.text(value) }
                return values
            }
        }
    }

    /// A value as text: integers and reals as written by Swift, NULL as nil.
    static func text(_ value: DatabaseValue) -> String? {
        switch value.storage {
        case .null: nil
        case .int64(let number): String(number)
        case .double(let number): String(number)
        case .string(let text): text
        case .blob(let data): data.base64EncodedString()
        }
    }

    /// Why SQLite refused, in the project's words with what to do, for the codes a user can
    /// meet; other codes keep SQLite's own message after "SQLite reports".
    static func reason(_ error: any Error) -> String {
        if error is RowDecodingError {
            // "could not decode Double from database value "abc" - column: "score", ..., row: [...]":
            // the row itself is left out, it repeats every column.
            let what = String(describing: error).components(separatedBy: ", row:").first ?? ""
            return "the store is damaged: \(what); a value is not of the kind cyberassess writes there, so the file was changed by other software. Write a new store with 'cyberassess batch --db'"
        }
        guard let error = error as? DatabaseError else { return "the store could not be used (\(type(of: error)))" }
        switch error.resultCode {
        case .SQLITE_CANTOPEN: return "cannot open the file; check that its folder exists and is writable"
        case .SQLITE_NOTADB: return "is not a cyberassess store (an SQLite file 'batch --db' writes); choose another file"
        case .SQLITE_CORRUPT: return "the file is damaged; restore it from a backup or write a new store"
        case .SQLITE_FULL: return "the disk is full"
        case .SQLITE_READONLY: return "the file or its folder is read-only"
        case .SQLITE_BUSY, .SQLITE_LOCKED: return "another process is using the store; try again when it has finished"
        case .SQLITE_PERM, .SQLITE_AUTH: return "permission denied"
        default: return "SQLite reports: \(error.message ?? "error \(error.resultCode.rawValue)")"
        }
    }
}
