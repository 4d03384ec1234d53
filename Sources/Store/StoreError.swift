import Assessment

/// Why the store could not be opened, written or read.
public enum StoreError: DiagnosticError, Sendable, Equatable {
    /// SQLite refused an operation; `reason` is its message.
    case database(path: String, reason: String)
    /// An anonymised run into a store of named bodies, or the reverse.
    case modeMismatch(path: String, storeIsAnonymised: Bool)
    /// The store holds nothing for what was asked.
    case notFound(path: String, what: String)

    /// Whether the error is in how the command was called (exit 2).
    public var isUsage: Bool {
        if case .modeMismatch = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case .database(let path, let reason):
            "\(path): \(reason)"
        case .modeMismatch(let path, let anonymised):
            anonymised
                ? "\(path): this store holds anonymised results; write named results to another file, or add --anonymise"
                : "\(path): this store holds named bodies; write anonymised results to another file, or leave out --anonymise"
        case .notFound(let path, let what):
            "\(path): the store holds no \(what)"
        }
    }
}

extension StoreError {
    /// The message as one problem; its text already names the file.
    public var problems: [Problem] { [Problem(file: "", mark: nil, message: description)] }
}
