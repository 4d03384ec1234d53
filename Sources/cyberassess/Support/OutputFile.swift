import Assessment
import Foundation
import Platform

/// A file a command writes for the user, and the one overwrite policy every command's
/// `-o`/`--output` (and every other file written for people) goes through:
///
/// 1. never over an input of the same run, with or without `--force`: the output is compared
///    with each input by device and inode when both exist, else by the path with symbolic
///    links, `.` and `..` resolved, so a link or another spelling cannot hide an input; an
///    existing YAML file inside the questionnaire library a run reads is one of its inputs;
/// 2. an existing file is replaced only with `--force` (unless the command reads it and keeps
///    all it holds, as `plan` extends a plan);
/// 3. never over anything but a regular file: a folder, device, pipe or socket at the path is
///    left alone even with `--force`;
/// 4. written atomically (a temporary file beside it, synced, renamed into place), so an
///    interrupted run leaves the old file whole.
///
/// `check()` applies 1-3 before a command does its work; `write` applies them again just before
/// writing, then writes.
struct OutputFile {
    /// An input of the run and what it is to the run ("the answers file"). A folder input
    /// (the questionnaire library) stands for every YAML file in it.
    struct Input {
        var path: String
        var role: String
        var isFolder = false

        init(path: String, role: String) {
            self.path = path
            self.role = role
        }

        /// The questionnaire library at `folder`, when it was found: every YAML file in it is
        /// an input of a run that reads the library.
        static func library(_ folder: String?) -> [Input] {
            guard let folder else { return [] }
            var input = Input(path: folder, role: "a file of the questionnaire library")
            input.isFolder = true
            return [input]
        }

        /// Whether the file at `output` (there now) is this input or one of its files.
        func holds(_ output: FileLocation) -> Bool {
            guard isFolder else { return FileLocation(path) == output }
            guard output.node != nil, YAMLFiles.isYAML(output.path) else { return false }
            return FileLocation.resolve(output.path).hasPrefix(FileLocation.resolve(path) + "/")
        }
    }

    /// The path as the user gave it.
    let path: String
    var inputs: [Input]
    var force: Bool
    /// What replacing an existing file would lose, said when `--force` is needed.
    var loses = "what it holds would be lost"
    /// Whether the command reads the existing file and keeps everything in it (replacing it
    /// then needs no `--force`).
    var keepsExisting = false

    init(_ path: String, inputs: [Input] = [], force: Bool, loses: String = "what it holds would be lost") {
        self.path = path
        self.inputs = inputs
        self.force = force
        self.loses = loses
    }

    /// Refuses the write under rules 1-3 of the policy.
    func check() throws(CommandFailure) {
        let output = FileLocation(path)
        if let input = inputs.first(where: { $0.holds(output) }) {
            throw Self.isInput(path, input)
        }
        guard let kind = output.kind else { return }
        guard kind == S_IFREG else {
            throw CommandFailure(file: path, "is \(Self.describe(kind)), not a regular file; refusing to replace it, choose a file path")
        }
        if !force, !keepsExisting {
            throw CommandFailure(file: path, "already exists; pass --force to replace it (\(loses))")
        }
    }

    /// Checks again, then writes `bytes` atomically and says so on stderr.
    func write(_ bytes: [UInt8], permissions: mode_t = 0o644, announce: Bool = true) throws {
        try check()
        try AtomicFile.write(bytes, to: path, permissions: permissions)
        if announce { Terminal.error("wrote \(path)") }
    }

    /// Writes text as UTF-8 (see `write(_:permissions:announce:)`).
    func write(_ text: String, announce: Bool = true) throws {
        try write(Array(text.utf8), announce: announce)
    }

    /// Writes `bytes` to `file`, or to stdout when there is none.
    static func emit(_ bytes: [UInt8], to file: OutputFile?) throws {
        if let file {
            try file.write(bytes)
        } else {
            Terminal.write(bytes)
        }
    }

    /// Rule 1 for a run that writes a folder of outputs (`batch`): refuses when any of
    /// `outputs`, or the `store` the run writes into, is one of `inputs` (answers files and
    /// manifests), and
    /// when the store is one of `outputs`. Inputs are compared by device and inode with the
    /// outputs already there (a file not there yet cannot be an input that was read), so a
    /// run into a fresh folder costs no `stat` per input.
    static func checkFolderOutputs(_ outputs: [String], store: String?, inputs: [String], files: some Sequence<String>) throws(CommandFailure) {
        if let store {
            let location = FileLocation(store)
            if let output = outputs.first(where: { FileLocation($0) == location }) {
                throw CommandFailure(file: store, "is \(output == store ? "" : "the same file as \(output), ")an output of this run; refusing to use it as the store, which the output would replace; choose another file")
            }
        }
        let written = (outputs + (store.map { [$0] } ?? [])).compactMap { path in FileLocation(path).node.map { (path, $0) } }
        guard !written.isEmpty else { return }
        func check(_ input: String) throws(CommandFailure) {
            guard let node = FileLocation.node(input), let output = written.first(where: { $0.1 == node }) else { return }
            throw isInput(output.0, Input(path: input, role: "an answers file or manifest"))
        }
        for input in inputs { try check(input) }
        for file in files { try check(file) }
    }

    /// The refusal of rule 1: `path` is `input`.
    private static func isInput(_ path: String, _ input: Input) -> CommandFailure {
        let same = input.path == path ? "" : input.isFolder ? "in \(input.path), " : "the same file as \(input.path), "
        return CommandFailure(file: path, "is \(same)an input of this run (\(input.role)); refusing to write the output over it, choose another file")
    }

    /// A file type from `stat` in words.
    private static func describe(_ kind: mode_t) -> String {
        switch kind {
        case S_IFDIR: "a folder"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFIFO: "a pipe"
        case S_IFSOCK: "a socket"
        default: "a special file"
        }
    }
}

extension OutputFile.Input {
    /// Inputs that may be absent, each with its role: `nil` paths are left out.
    static func optional(_ pairs: [(String?, String)]) -> [OutputFile.Input] {
        pairs.compactMap { path, role in path.map { OutputFile.Input(path: $0, role: role) } }
    }
}

/// Where a path leads: the file's device and inode when something is there (links followed),
/// else the path with symbolic links, `.` and `..` resolved as far as the folders exist. Two
/// locations are the same file when both files exist with one device and inode, or when
/// neither exists yet and the resolved paths are equal.
struct FileLocation: Equatable {
    let path: String
    let node: (device: UInt64, inode: UInt64)?
    /// The file type bits of what is at the path, nil when nothing is.
    let kind: mode_t?

    init(_ path: String) {
        var info = stat()
        if stat(path, &info) == 0 {
            node = (UInt64(info.st_dev), UInt64(info.st_ino))
            kind = info.st_mode & S_IFMT
        } else {
            node = nil
            kind = nil
        }
        self.path = path
    }

    /// The device and inode of what `path` leads to, without resolving the path.
    static func node(_ path: String) -> (device: UInt64, inode: UInt64)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (UInt64(info.st_dev), UInt64(info.st_ino))
    }

    static func == (a: FileLocation, b: FileLocation) -> Bool {
        switch (a.node, b.node) {
        case let (x?, y?): x == y
        case (nil, nil): resolve(a.path) == resolve(b.path)
        default: false
        }
    }

    /// `path` made absolute, walked one name at a time: while what is named exists, links
    /// are followed (`realpath`); past that, `.` and `..` are worked out by name.
    static func resolve(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var resolved = ""
        for name in absolute.split(separator: "/") {
            switch name {
            case ".": continue
            case "..":
                if let slash = resolved.lastIndex(of: "/") { resolved = String(resolved[..<slash]) }
            default:
                let candidate = resolved + "/" + name
                resolved = realPath(candidate) ?? candidate
                if resolved == "/" { resolved = "" }
            }
        }
        return resolved.isEmpty ? "/" : resolved
    }

    private static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
