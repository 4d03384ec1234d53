import GRDB
import GRDBSQLite

/// A value SQLite can take as one statement parameter, bound through SQLite's own calls with
/// the storage class GRDB would give it: text, integer (booleans as 0 and 1), real, or NULL.
protocol SQLiteBindable {
    /// Binds the value to parameter `index` (from 1) of `statement`; SQLite's result code.
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32
}

extension String: SQLiteBindable {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        var text = self
        return text.withUTF8 { bytes in
            // An empty buffer may have no address, and a null address would bind NULL.
            guard let start = bytes.baseAddress, !bytes.isEmpty else {
                return sqlite3_bind_text(statement, index, "", 0, RowInsert.transient)
            }
            return start.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text(statement, index, $0, Int32(bytes.count), RowInsert.transient)
            }
        }
    }
}

extension Int: SQLiteBindable {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 { sqlite3_bind_int64(statement, index, Int64(self)) }
}

extension Int64: SQLiteBindable {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 { sqlite3_bind_int64(statement, index, self) }
}

extension Double: SQLiteBindable {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 { sqlite3_bind_double(statement, index, self) }
}

extension Bool: SQLiteBindable {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 { sqlite3_bind_int64(statement, index, self ? 1 : 0) }
}

extension Optional: SQLiteBindable where Wrapped: SQLiteBindable {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        switch self {
        case .some(let value): value.bind(to: statement, at: index)
        case .none: sqlite3_bind_null(statement, index)
        }
    }
}

/// Runs a cached INSERT or DELETE with its values bound straight through SQLite: a run writes
/// hundreds of rows per body, and building GRDB's argument arrays for each of them cost
/// about a third of the time of the inserts.
enum RowInsert {
    /// SQLite copies the text before the call returns (its `SQLITE_TRANSIENT`).
    static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    /// Binds `values` in order to `statement`'s parameters and runs it to completion; a refusal
    /// throws SQLite's code and message as GRDB's `DatabaseError`, which the store maps to its
    /// own words.
    static func run<each Value: SQLiteBindable>(_ statement: Statement, _ db: Database, _ values: repeat each Value) throws {
        let code = bind(statement, after: 0, repeat each values)
        try step(statement, db, bound: code)
    }

    /// Binds `values` in order to `statement`'s parameters after the first `offset`: one row of
    /// a statement that inserts several. SQLite's result code.
    static func bind<each Value: SQLiteBindable>(_ statement: Statement, after offset: Int32, _ values: repeat each Value) -> Int32 {
        let sqlite = statement.sqliteStatement
        var index = offset
        var code = SQLITE_OK
        for value in repeat each values {
            index += 1
            if code == SQLITE_OK { code = value.bind(to: sqlite, at: index) }
        }
        return code
    }

    /// Runs `statement`, whose parameters are bound (`bound` being the binding's result code),
    /// to completion and resets it.
    static func step(_ statement: Statement, _ db: Database, bound: Int32) throws {
        let sqlite = statement.sqliteStatement
        var code = bound
        if code == SQLITE_OK { code = sqlite3_step(sqlite) }
        guard code == SQLITE_DONE else {
            let message = db.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            sqlite3_reset(sqlite)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        sqlite3_reset(sqlite)
    }
}
