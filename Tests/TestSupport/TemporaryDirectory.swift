import Foundation

/// A uniquely named empty folder under the system's temporary folder, removed with everything
/// in it when the last reference goes. Hold it in a stored property (a suite's fixture) so it
/// lives as long as its owner; inside one test, prefer `withTemporaryDirectory`.
public final class TemporaryFolder: Sendable {
    /// The folder's absolute path.
    public let path: String

    /// Creates the folder.
    public init() throws {
        path = NSTemporaryDirectory() + "cyberassess-test-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// A new empty folder inside this one, removed with it.
    public func subfolder() throws -> String {
        let folder = path + "/" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }
}

/// Runs `body` with the path of a new empty folder, then removes the folder and everything
/// in it, whether `body` returns or throws.
public func withTemporaryDirectory<T>(_ body: (String) throws -> T) throws -> T {
    let folder = try TemporaryFolder()
    return try withExtendedLifetime(folder) { try body(folder.path) }
}
