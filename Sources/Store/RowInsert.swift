import Assessment
import CSQLiteConfig
import GRDB
import GRDBSQLite

/// A value SQLite can take as one statement parameter, bound through SQLite's own calls with
/// the storage class GRDB would give it: text, integer (booleans as 0 and 1), real, or NULL.
protocol SQLiteBindable {
    /// Binds the value to the binder's next parameter.
    func bind(to binder: inout ParameterBinder)
}

/// Binds values to a statement's parameters one after another, each with SQLite's own call
/// for its type; after the first failure it binds nothing more and keeps SQLite's code.
///
/// A run binds a few million values, so the hot rows call the concrete `add` overloads
/// below, which the compiler resolves statically: going through a generic or a protocol for
/// each value (copying optionals through their value witnesses) cost about a sixth of the
/// store's thread.
struct ParameterBinder {
    private let statement: OpaquePointer
    private var index: Int32
    /// `SQLITE_OK`, or the code of the first binding SQLite refused.
    private(set) var code = SQLITE_OK

    /// A binder whose next value goes to parameter `offset + 1` (parameters count from 1).
    init(_ statement: Statement, after offset: Int32) {
        self.statement = statement.sqliteStatement
        index = offset
    }

    private mutating func next(_ bind: (OpaquePointer, Int32) -> Int32) {
        index += 1
        if code == SQLITE_OK { code = bind(statement, index) }
    }

    mutating func add(_ value: String) {
        next { statement, index in
            var text = value
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

    /// Text in the program's constant data, which lives as long as the process: SQLite keeps
    /// the address instead of a copy.
    mutating func add(_ value: StaticString) {
        next { statement, index in
            value.utf8Start.withMemoryRebound(to: CChar.self, capacity: value.utf8CodeUnitCount) {
                sqlite3_bind_text(statement, index, $0, Int32(value.utf8CodeUnitCount), RowInsert.constant)
            }
        }
    }

    mutating func add(_ value: Int64) { next { sqlite3_bind_int64($0, $1, value) } }
    mutating func add(_ value: Int) { add(Int64(value)) }
    mutating func add(_ value: Double) { next { sqlite3_bind_double($0, $1, value) } }
    mutating func add(_ value: Bool) { add(Int64(value ? 1 : 0)) }
    mutating func addNull() { next { sqlite3_bind_null($0, $1) } }

    mutating func add(_ value: String?) { if let value { add(value) } else { addNull() } }
    mutating func add(_ value: Int?) { if let value { add(value) } else { addNull() } }
    mutating func add(_ value: Int64?) { if let value { add(value) } else { addNull() } }
    mutating func add(_ value: Double?) { if let value { add(value) } else { addNull() } }
    mutating func add(_ value: Bool?) { if let value { add(value) } else { addNull() } }

    /// Any bindable value, through its conformance (for statements run once per body).
    mutating func add<Value: SQLiteBindable>(value: Value) { value.bind(to: &self) }
}

extension String: SQLiteBindable {
    func bind(to binder: inout ParameterBinder) { binder.add(self) }
}

extension Int: SQLiteBindable {
    func bind(to binder: inout ParameterBinder) { binder.add(self) }
}

extension Int64: SQLiteBindable {
    func bind(to binder: inout ParameterBinder) { binder.add(self) }
}

extension Double: SQLiteBindable {
    func bind(to binder: inout ParameterBinder) { binder.add(self) }
}

extension Bool: SQLiteBindable {
    func bind(to binder: inout ParameterBinder) { binder.add(self) }
}

extension Optional: SQLiteBindable where Wrapped: SQLiteBindable {
    func bind(to binder: inout ParameterBinder) {
        if let value = self { value.bind(to: &binder) } else { binder.addNull() }
    }
}

extension QuestionStatus {
    /// The status as the store writes it (its raw value), as constant text.
    var storeText: StaticString {
        switch self {
        case .answered: "answered"
        case .unanswered: "unanswered"
        case .notApplicable: "not-applicable"
        case .excluded: "excluded"
        }
    }
}

/// Runs a cached INSERT or DELETE with its values bound straight through SQLite: a run writes
/// hundreds of rows per body, and building GRDB's argument arrays for each of them cost
/// about a third of the time of the inserts.
enum RowInsert {
    /// SQLite copies the text before the call returns (its `SQLITE_TRANSIENT`).
    static let transient = cyberassess_sqlite_transient()
    /// SQLite keeps the text's address: it outlives the statement (its `SQLITE_STATIC`).
    static let constant = cyberassess_sqlite_static()

    /// Binds `values` in order to `statement`'s parameters and runs it to completion; a refusal
    /// throws SQLite's code and message as GRDB's `DatabaseError`, which the store maps to its
    /// own words.
    static func run<each Value: SQLiteBindable>(_ statement: Statement, _ db: Database, _ values: repeat each Value) throws {
        var binder = ParameterBinder(statement, after: 0)
        for value in repeat each values { binder.add(value: value) }
        try step(statement, db, bound: binder.code)
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
