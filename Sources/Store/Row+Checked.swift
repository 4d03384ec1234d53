import GRDB

extension Row {
    /// The value of `column` as `Value`, or an error naming the column when the stored value
    /// is of another type or out of range (text in a score, 1e300 in a count). GRDB's subscript
    /// stops the process on such a value, and a store is a file anyone can edit: every read of
    /// the store goes through here, and `ResultsStore.read` names the file in the error.
    func value<Value: DatabaseValueConvertible>(_ column: String, as type: Value.Type = Value.self) throws -> Value {
        try decode(Value.self, forColumn: column)
    }

    /// The value at `index`, checked as `value(_:as:)` is.
    func value<Value: DatabaseValueConvertible>(_ index: Int, as type: Value.Type = Value.self) throws -> Value {
        try decode(Value.self, atIndex: index)
    }
}
