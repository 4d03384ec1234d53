import Assessment
import Foundation

/// A failure decided by a command itself (a file in the way, an unmet `--strict`), printed
/// like every other `DiagnosticError`.
struct CommandFailure: DiagnosticError {
    var problems: [Problem]
    var isUsage = false

    /// A failure about one file, or about none when `file` is empty.
    init(file: String = "", _ message: String, isUsage: Bool = false) {
        problems = [Problem(file: file, mark: nil, message: message)]
        self.isUsage = isUsage
    }

    /// A failure listing several problems, each about its own file.
    init(problems: [Problem], isUsage: Bool = false) {
        self.problems = problems
        self.isUsage = isUsage
    }

    var description: String { problems.map(\.description).joined(separator: "\n") }

    /// Refuses to replace an existing file unless `force` is set.
    static func refuseOverwrite(_ path: String, force: Bool, loses what: String) throws(CommandFailure) {
        if !force, FileManager.default.fileExists(atPath: path) {
            throw CommandFailure(file: path, "already exists; pass --force to replace it (\(what))")
        }
    }

    /// Refuses to write `path` over any of `inputs` (each with its role in the run, such as
    /// "the answers file"), even with `force`, and over any other existing file without it.
    /// A file is known by its device and inode, so a hard or symbolic link, `./` or `..`
    /// cannot hide an input.
    static func refuseOverwrite(_ path: String, inputs: [(path: String, role: String)], force: Bool, loses what: String) throws(CommandFailure) {
        guard let output = FileIdentity(path) else { return }
        if let input = inputs.first(where: { FileIdentity($0.path) == output }) {
            throw CommandFailure(file: path, "is an input of this run (\(input.role)); refusing to write the output over it, choose another file")
        }
        try refuseOverwrite(path, force: force, loses: what)
    }
}

/// A file's device and inode: the same for every path that leads to it.
struct FileIdentity: Equatable {
    let device: UInt64
    let inode: UInt64

    /// The identity of the file at `path` (links followed); nil when nothing is there.
    init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
