import Assessment
import Platform

/// Where a command's result goes: a file written atomically (said on stderr), or stdout.
enum OutputFile {
    static func write(_ bytes: [UInt8], to output: String?) throws {
        if let output {
            try AtomicFile.write(bytes, to: output)
            Terminal.error("wrote \(output)")
        } else {
            Terminal.write(bytes)
        }
    }
}
