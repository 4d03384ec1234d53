import Foundation

/// Functions of the C library that the Swift overlay does not declare (GNU extensions such as
/// `syncfs`, `sync_file_range`), looked up by name when first used.
public enum CLibrary {
    /// The C library's function `name` as `type` (a `@convention(c)` function type), or nil
    /// where it has none (the lookup is made on Linux only).
    public static func function<Function>(_ name: String, as type: Function.Type) -> Function? {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
        return unsafeBitCast(symbol, to: Function.self)
        #else
        return nil
        #endif
    }
}
