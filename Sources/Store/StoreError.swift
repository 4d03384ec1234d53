import Assessment
import CyberYAML

/// Why the store could not be opened, written or read.
package enum StoreError: DiagnosticError, Sendable, Equatable {
    /// SQLite refused an operation; `reason` is its message.
    case database(path: String, reason: String)
    /// An anonymised run into a store of named bodies, or the reverse.
    case modeMismatch(path: String, storeIsAnonymised: Bool)
    /// The store holds nothing for what was asked.
    case notFound(path: String, what: String)
    /// No assessment of the body `id`; `closest` is a stored id that looks like a typo of it.
    case unknownBody(path: String, id: String, closest: String?)
    /// One body was asked for (`asked`) from an anonymised store, which keeps no ids.
    case anonymised(path: String, asked: String)

    /// Whether the error is in how the command was called (exit 2).
    package var isUsage: Bool {
        switch self {
        case .modeMismatch, .unknownBody, .anonymised: true
        case .database, .notFound: false
        }
    }

    package var description: String {
        switch self {
        case .database(let path, let reason):
            "\(path): \(reason)"
        case .modeMismatch(let path, let anonymised):
            anonymised
                ? "\(path): this store holds anonymised results; write named results to another file, or add --anonymise"
                : "\(path): this store holds named bodies; write anonymised results to another file, or leave out --anonymise"
        case .notFound(let path, let what):
            "\(path): the store holds no \(what)"
        case .unknownBody(let path, let id, let closest):
            "\(path): the store holds no assessment of body '\(id)'\(Suggestion.hint(closest)); "
                + "list the stored ids with: sqlite3 \(path) 'SELECT id, name FROM bodies'"
        case .anonymised(let path, let asked):
            "\(path): this store holds anonymised results, with no body names or ids, so it cannot give \(asked); "
                + "use a store written without --anonymise, or the regional trend (--region)"
        }
    }
}

extension StoreError {
    /// The message as one problem; its text already names the file.
    package var problems: [Problem] { [Problem(file: "", mark: nil, message: description)] }
}
