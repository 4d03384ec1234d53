import CyberYAML
import Foundation

/// Reading an input file with one `open`, `fstat` and `read`: every input file the project
/// reads goes through here, so each refusal says why in the same words.
package enum FileBytes {
    /// The file's bytes, refusing anything but a regular file, and a file over the size limit
    /// before reading it.
    package static func read(_ path: String, limits: LoaderLimits) throws(AssessmentError) -> [UInt8] {
        var fd: Int32
        repeat { fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK) } while fd < 0 && errno == EINTR
        guard fd >= 0 else {
            let code = errno
            var info = stat()
            if code == ENOENT, lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK {
                throw .unreadable(path: path, reason: "is a symbolic link to a file that does not exist")
            }
            throw .unreadable(path: path, reason: reason(code))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(path: path, reason: reason(errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .unreadable(path: path, reason: "is a folder, expected a file")
        default: throw .unreadable(path: path, reason: "is not a regular file (a pipe, socket or device); give a file")
        }
        let size = Int(info.st_size)
        if size > limits.maxBytes { throw .yaml(YAMLFileError(file: path, error: .tooLarge(bytes: size, limit: limits.maxBytes))) }
        // Read straight into the array's storage, without zeroing it first.
        var failure: Int32?
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var filled = 0
            while filled < size {
                let n = Foundation.read(fd, buffer.baseAddress! + filled, size - filled)
                if n < 0, errno == EINTR || errno == EAGAIN { continue }
                if n < 0 {
                    failure = errno
                    break
                }
                if n == 0 { break }
                filled += n
            }
            count = filled
        }
        if let failure { throw .unreadable(path: path, reason: reason(failure)) }
        return bytes
    }

    /// Why a file cannot be read, in words.
    package static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EACCES, EPERM: "cannot be read: permission denied"
        case ENOTDIR: "no such file (a part of the path is not a folder)"
        case ELOOP: "cannot be read: too many symbolic links"
        case ENAMETOOLONG: "cannot be read: the path is too long"
        case EISDIR: "is a folder, expected a file"
        default: "cannot be read: \(String(cString: strerror(code)))"
        }
    }
}
