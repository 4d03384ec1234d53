/// Why a file or folder could not be written: the path as the caller gave it (or the part of
/// it that could not be made) and the reason in words ("the disk is full"). Every file call of
/// `Platform` throws this; the domain shows it as its own "cannot write" problem.
package struct FileWriteError: Error, Sendable, Equatable {
    /// The file or folder that could not be written.
    package var path: String
    /// Why, in words.
    package var reason: String

    package init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// The failure for `path`, spelt as the throwing sites read (`throw .unwritable(...)`).
    package static func unwritable(path: String, reason: String) -> FileWriteError {
        FileWriteError(path: path, reason: reason)
    }
}
