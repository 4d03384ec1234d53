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

    /// Opens the store at `path`, creating it in a new or empty file when `creating` (only
    /// `batch --db` creates). A file that holds another application's tables, or a store of a
    /// newer schema, is refused before anything is written to it.
    package init(path: String, creating: Bool = true) throws(StoreError) {
        _ = Self.withoutMemoryStatistics
        self.path = path
        var configuration = Configuration()
        // A batch writes into one transaction that spans many calls (see `StoreRun`).
        configuration.allowsUnsafeTransactions = true
        let migrator = StoreSchema.migrator()
        let kind: StoreSchema.FileKind
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            kind = try queue.read { db in try StoreSchema.kind(of: db, migrator: migrator) }
        } catch {
            throw StoreError.database(path: path, reason: Self.reason(error))
        }
        switch kind {
        case .store: break
        case .empty where creating: break
        case .empty:
            throw StoreError.database(path: path, reason: "holds no cyberassess store (the SQLite file has no tables); write one first with 'cyberassess batch ... --db \(path)'")
        case .foreign:
            throw StoreError.database(path: path, reason: "is an SQLite database of another application (its tables are not a cyberassess store's), so cyberassess leaves it as it is; give the file 'batch --db' wrote, or a new file")
        case .newer:
            throw StoreError.database(path: path, reason: "was written by a newer cyberassess (its schema is past version \(StoreSchema.version)); use that version, or write a new store with this one")
        }
        do {
            try migrator.migrate(queue)
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
