import Assessment
import CyberYAML
import Foundation

/// Reading an input file with one `open`, `fstat` and `read`: the batch's only file input.
public enum FileBytes {
    /// The file's bytes, refusing one over the size limit before reading it.
    public static func read(_ path: String, limits: LoaderLimits) throws(AssessmentError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable(path: path, reason: "no such file or it cannot be read") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(path: path, reason: "cannot be read") }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(path: path, reason: "is a folder, expected a YAML file") }
        let size = Int(info.st_size)
        if size > limits.maxBytes { throw .yaml(YAMLFileError(file: path, error: .tooLarge(bytes: size, limit: limits.maxBytes))) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let n = bytes.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress! + filled, size - filled) }
            if n < 0, errno == EINTR { continue }
            if n < 0 { throw .unreadable(path: path, reason: "cannot be read: \(String(cString: strerror(errno)))") }
            if n == 0 { break }
            filled += n
        }
        if filled < size { bytes.removeLast(size - filled) }
        return bytes
    }
}
