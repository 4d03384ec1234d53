import Assessment
import GRDB
@testable import Store
import TestSupport
import Testing

/// Values bound straight through SQLite come back as GRDB would have stored them.
@Suite struct RowInsertTests {
    @Test func everyKindOfValueIsStoredWithItsStorageClass() throws {
        let queue = try DatabaseQueue()
        let rows = try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (a, b, c, d, e, f, g, h)")
            let statement = try db.makeStatement(sql: "INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            try RowInsert.run(statement, db, "Café ✓", "", Int?.none, 42, Int64.max, 2.5, true, String?.none)
            var binder = ParameterBinder(statement, after: 0)
            binder.add(QuestionStatus.notApplicable.storeText); binder.add(""); binder.add(Int?.none); binder.add(-1)
            binder.add(Int64.min); binder.add(Double?.some(0.25)); binder.add(Bool?.some(false)); binder.add(String?.some("x"))
            try RowInsert.step(statement, db, bound: binder.code)
            return try Row.fetchAll(db, sql: "SELECT typeof(a), a, typeof(b), b, typeof(c), d, e, f, g, typeof(h), h FROM t ORDER BY rowid")
                .map { row in Array(row.databaseValues.map(\.description)) }
        }
        #expect(rows == [
            ["\"text\"", "\"Café ✓\"", "\"text\"", "\"\"", "\"null\"", "42", "\(Int64.max)", "2.5", "1", "\"null\"", "NULL"],
            ["\"text\"", "\"not-applicable\"", "\"text\"", "\"\"", "\"null\"", "-1", "\(Int64.min)", "0.25", "0", "\"text\"", "\"x\""],
        ])
    }

    @Test func aStatusIsStoredAsItsRawValue() {
        for status in [QuestionStatus.answered, .unanswered, .notApplicable, .excluded] {
            #expect(status.storeText.description == status.rawValue)
        }
    }
}
