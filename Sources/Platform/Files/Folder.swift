import Foundation

/// Creating output folders with `mkdir`, so a refusal says why in the project's words (from
/// the operating system's error number) rather than in Foundation's.
package enum Folder {
    /// Creates `path` and any missing parents; an existing folder is fine. Throws `unwritable`
    /// naming the part of the path that could not be made and why.
    package static func create(_ path: String) throws(FileWriteError) {
        // The common case, a folder that is already there, costs one `stat`, not a `mkdir`
        // per component (every atomic write calls this for its file's folder).
        var existing = stat()
        if stat(path, &existing) == 0, existing.st_mode & S_IFMT == S_IFDIR { return }
        var partial = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            partial += "/" + component
            if mkdir(partial, 0o755) == 0 { continue }
            let code = errno
            var info = stat()
            if code == EEXIST, stat(partial, &info) == 0 {
                guard info.st_mode & S_IFMT == S_IFDIR else {
                    throw .unwritable(path: display(partial, in: path), reason: "a file is in the way of the folder; move it or choose another folder")
                }
                continue
            }
            throw .unwritable(path: display(partial, in: path), reason: "cannot create the folder: \(AtomicWriter.reason(code))")
        }
    }

    /// `partial` as the user wrote it (without the `./` added for relative paths).
    private static func display(_ partial: String, in path: String) -> String {
        !path.hasPrefix("/") && partial.hasPrefix("./") ? String(partial.dropFirst(2)) : partial
    }
}
