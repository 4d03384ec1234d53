import Foundation

/// Finding YAML files in folders: the one rule for which names count (`.yaml`, `.yml`), which
/// entries are skipped (hidden ones) and the order files come in (by path, byte by byte).
package enum YAMLFiles {
    /// Whether a file name is a YAML file's.
    package static func isYAML(_ name: String) -> Bool { name.hasSuffix(".yaml") || name.hasSuffix(".yml") }

    /// The YAML files directly inside `folder`, sorted by path.
    package static func list(in folder: String) -> [String] {
        collect(folder, recursive: false)
    }

    /// Every YAML file under `folder` and its sub-folders, sorted by path.
    package static func listRecursively(in folder: String) -> [String] {
        collect(folder, recursive: true)
    }

    /// Whether path `a` sorts before `b`: byte by byte, as the listings are ordered.
    package static func precedes<A: Collection<UInt8>, B: Collection<UInt8>>(_ a: A, _ b: B) -> Bool {
        a.lexicographicallyPrecedes(b)
    }

    /// Calls `found` with the folder and name of each YAML file in `folder` (and, when
    /// `recursive`, its sub-folders), in directory order, holding no folder's whole listing.
    /// Hidden entries are skipped. Every other entry named like a YAML file is found whatever
    /// it is (a pipe, a dangling link, a folder named `x.yaml`), so that reading it says why it
    /// is not a file instead of it being skipped silently. Links to folders are not followed,
    /// so a link cycle cannot loop. A folder that cannot be read yields nothing.
    package static func walk(_ folder: String, recursive: Bool = true, _ found: (_ folder: String, _ name: String) -> Void) {
        let trimmed = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        visit(trimmed, recursive: recursive, found)
    }

    private static func collect(_ folder: String, recursive: Bool) -> [String] {
        var paths: [String] = []
        walk(folder, recursive: recursive) { folder, name in paths.append(folder + "/" + name) }
        return paths.sorted { precedes($0.utf8, $1.utf8) }
    }

    private static func visit(_ folder: String, recursive: Bool, _ found: (String, String) -> Void) {
        guard let dir = opendir(folder) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let (name, type) = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                (String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self)), entry.pointee.d_type)
            }
            if name.hasPrefix(".") { continue }
            if isYAML(name) {
                found(folder, name)
                continue
            }
            guard recursive else { continue }
            let path = folder + "/" + name
            var kind = Int(type)
            if kind == 0 {  // DT_UNKNOWN: ask lstat, which does not follow links
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                kind = direntType(info.st_mode)
            }
            if kind == 4 { visit(path, recursive: true, found) }  // DT_DIR
        }
    }

    private static func direntType(_ mode: mode_t) -> Int {
        switch mode & S_IFMT {
        case S_IFDIR: 4
        case S_IFREG: 8
        case S_IFLNK: 10
        default: 0
        }
    }
}
