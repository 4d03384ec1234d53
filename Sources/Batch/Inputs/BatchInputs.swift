import Assessment
import CyberYAML
import Foundation

/// The answers files of a batch, in the order they are reported.
///
/// Inputs are expanded in the order given: a folder becomes every `.yaml`/`.yml` file under
/// it (recursively, hidden entries skipped, sorted by path), an answers file stays itself,
/// and any other file is a manifest: one path per line, relative to the manifest's folder,
/// blank lines and lines starting with `#` ignored (`-` reads a manifest from stdin, relative
/// to the working directory).
///
/// Paths are kept packed for 100,000 inputs and more: a file found in a folder is stored as
/// its name plus the number of its folder (each folder's path is kept once), with 4-byte
/// offsets and a 4-byte order, about 30 bytes per file.
package struct BatchInputs: Sendable {
    /// Names (or whole paths, for files given directly), one after another, in the order found.
    private var bytes: [UInt8] = []
    /// Where each found entry ends in `bytes`.
    private var ends: [UInt32] = []
    /// Each found entry's folder in `folders`, with the top bit set when it was found by
    /// searching a folder rather than named.
    private var folderOf: [UInt32] = []
    /// Folder paths ending in `/`; the first is empty, for paths stored whole.
    private var folders: [[UInt8]] = [[]]
    /// Found entries in reporting order (a folder's files are sorted in place).
    private var order: [UInt32] = []
    private static let searched: UInt32 = 1 << 31

    /// The largest manifest read: room for a million paths of 60 bytes.
    package static let maxManifestBytes = 64 << 20

    package init() {}

    /// Paths as given, each an answers file.
    package init(files: [String]) {
        for file in files { append(Array(file.utf8), folder: 0, searched: false) }
    }

    package var count: Int { order.count }

    /// The path of the i-th input.
    package subscript(i: Int) -> String {
        let (folder, name) = parts(Int(order[i]))
        return String(decoding: folder + name, as: UTF8.self)
    }

    /// Whether the i-th input was found by searching a folder (rather than named): such files
    /// are skipped when they turn out to be questionnaires or framework catalogues.
    package func foundInFolder(_ i: Int) -> Bool { folderOf[Int(order[i])] & Self.searched != 0 }

    private mutating func append<Bytes: Collection<UInt8>>(_ name: Bytes, folder: Int, searched: Bool) {
        bytes.append(contentsOf: name)
        precondition(bytes.count <= UInt32.max && folders.count < Self.searched, "too many input paths")
        order.append(UInt32(ends.count))
        ends.append(UInt32(bytes.count))
        folderOf.append(UInt32(folder) | (searched ? Self.searched : 0))
    }

    /// A found entry's folder path and name.
    private func parts(_ found: Int) -> (folder: [UInt8], name: ArraySlice<UInt8>) {
        (folders[Int(folderOf[found] & ~Self.searched)], bytes[(found == 0 ? 0 : Int(ends[found - 1]))..<Int(ends[found])])
    }

    /// Sorts found entries `first...` of `order` by full path, byte by byte. The paths are
    /// laid out once, one after another, and compared with `memcmp`: comparing folder and name
    /// parts byte by byte had cost a quarter of a 2,000-file batch's start.
    private mutating func sortFound(from first: Int) {
        var paths: [UInt8] = []
        var spans: [(start: Int, count: Int, found: UInt32)] = []
        spans.reserveCapacity(order.count - first)
        for found in order[first...] {
            let (folder, name) = parts(Int(found))
            spans.append((paths.count, folder.count + name.count, found))
            paths.append(contentsOf: folder)
            paths.append(contentsOf: name)
        }
        paths.withUnsafeBufferPointer { all in
            let base = all.baseAddress
            spans.sort { a, b in
                let common = Swift.min(a.count, b.count)
                let c = common == 0 ? 0 : memcmp(base! + a.start, base! + b.start, common)
                return c != 0 ? c < 0 : a.count < b.count
            }
        }
        order.replaceSubrange(first..., with: spans.map(\.found))
    }

    /// Expands command-line inputs. Throws when one does not exist or none yields a file.
    /// `standardInput` reads the manifest given as `-`; it returns at most
    /// `maxManifestBytes + 1` bytes, so an endless stream is refused rather than held.
    package static func collect(_ arguments: [String], standardInput: () -> [UInt8]? = { readStandardInput(upTo: maxManifestBytes + 1) }) throws(BatchError) -> BatchInputs {
        var inputs = BatchInputs()
        for argument in arguments {
            if argument == "-" {
                guard let bytes = standardInput() else { throw .unreadableManifest(path: "-", reason: "cannot read stdin") }
                if bytes.count > maxManifestBytes {
                    throw .unreadableManifest(path: "-", reason: "the list on stdin is longer than \(maxManifestBytes >> 20) MiB; split it into several manifest files")
                }
                inputs.readManifest(bytes, relativeTo: FileManager.default.currentDirectoryPath)
                continue
            }
            switch kind(of: argument) {
            case .folder: inputs.append(folder: argument)
            case .file where YAMLFiles.isYAML(argument): inputs.append(Array(argument.utf8), folder: 0, searched: false)
            case .file:
                var limits = LoaderLimits.default
                limits.maxBytes = maxManifestBytes
                let bytes: [UInt8]
                do {
                    bytes = try FileBytes.read(argument, limits: limits)
                } catch {
                    throw .unreadableManifest(path: argument, reason: error.problems.map(\.message).joined(separator: "; "))
                }
                inputs.readManifest(bytes, relativeTo: (argument as NSString).deletingLastPathComponent)
            case .missing: throw .missingInput(argument)
            }
        }
        guard inputs.count > 0 else { throw .noInputFiles(arguments) }
        return inputs
    }

    /// Reads standard input to its end or to `limit` bytes, whichever comes first; nil when it
    /// cannot be read.
    package static func readStandardInput(upTo limit: Int) -> [UInt8]? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count < limit {
            let n = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress!, min($0.count, limit - bytes.count)) }
            if n < 0, errno == EINTR { continue }
            if n < 0 { return nil }
            if n == 0 { break }
            bytes += chunk[..<n]
        }
        return bytes
    }

    private mutating func readManifest(_ bytes: [UInt8], relativeTo folder: String) {
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty || text.hasPrefix("#") { continue }
            let path = text.hasPrefix("/") || folder.isEmpty ? text : folder + "/" + text
            if Self.kind(of: path) == .folder {
                append(folder: path)
            } else {
                // A missing file is reported in errors.csv with the rest; it does not stop the batch.
                append(Array(path.utf8), folder: 0, searched: false)
            }
        }
    }

    /// Appends every YAML file under `folder`, sorted by path bytes as `YAMLFiles` lists them.
    /// Each folder's path is stored once, when its first file is found.
    private mutating func append(folder: String) {
        let start = order.count
        // Keyed by bytes, not `String`: two folders whose names differ only in Unicode
        // normalisation (`é` and `e` with a combining accent) are equal as strings but are two
        // folders on disk, and each file must keep its own.
        var numbers: [[UInt8]: Int] = [:]
        YAMLFiles.walk(folder) { folder, name in
            let path = Array((folder + "/").utf8)
            let number: Int
            if let known = numbers[path] {
                number = known
            } else {
                number = folders.count
                folders.append(path)
                numbers[path] = number
            }
            append(name.utf8, folder: number, searched: true)
        }
        sortFound(from: start)
    }

    private enum Kind { case folder, file, missing }

    private static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        return (info.st_mode & S_IFMT) == S_IFDIR ? .folder : .file
    }
}
