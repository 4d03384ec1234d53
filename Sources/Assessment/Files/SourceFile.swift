import Crypto
import CyberYAML
import Foundation

/// The bytes of one input file, read once, with their SHA-256 for provenance.
package struct SourceFile: Sendable {
    package var path: String
    package var bytes: [UInt8]

    package init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Reads a file, refusing one over the size limit before reading it whole.
    package static func read(_ path: String, limits: LoaderLimits = .default) throws(AssessmentError) -> SourceFile {
        SourceFile(path: path, bytes: try FileBytes.read(path, limits: limits))
    }

    /// Lower-case hex SHA-256 of the bytes.
    package var sha256: String { sha256Hex(bytes) }

    /// Parses the file into a node tree.
    package func parse(limits: LoaderLimits = .default) throws(AssessmentError) -> Node {
        do {
            return try Parser.parse(bytes, limits: limits)
        } catch {
            throw .yaml(YAMLFileError(file: path, error: error))
        }
    }

    /// Parses and decodes the file.
    package func decode<T: Decodable>(_ type: T.Type, limits: LoaderLimits = .default) throws(AssessmentError) -> T {
        try decode(type, from: parse(limits: limits))
    }

    /// Decodes a node of this file, returning recoverable problems (unknown keys, malformed
    /// answer entries) beside the value instead of stopping at the first.
    package func decodeCollecting<T: Decodable>(_ type: T.Type, from node: Node) throws(AssessmentError) -> (value: T, problems: [Problem]) {
        do {
            let (value, errors) = try NodeDecoder().decodeCollecting(type, from: node)
            return (value, errors.map { Problem(file: path, error: $0) })
        } catch {
            throw .yaml(YAMLFileError(file: path, error: error))
        }
    }

    /// Decodes an already parsed node of this file.
    package func decode<T: Decodable>(_ type: T.Type, from node: Node) throws(AssessmentError) -> T {
        do {
            return try NodeDecoder().decode(type, from: node)
        } catch {
            throw .yaml(YAMLFileError(file: path, error: error))
        }
    }
}

/// Lower-case hex SHA-256 of some bytes.
package func sha256Hex<D: DataProtocol>(_ bytes: D) -> String {
    lowerHex(SHA256.hash(data: bytes))
}

/// Lower-case hex SHA-256 of the bytes of `parts` one after another.
package func sha256Hex(parts: [UnsafeRawBufferPointer]) -> String {
    var hasher = SHA256()
    for part in parts { hasher.update(bufferPointer: part) }
    return lowerHex(hasher.finalize())
}

/// Bytes as lower-case hex, two digits each.
private func lowerHex(_ bytes: some Sequence<UInt8>) -> String {
    bytes.map { byte in
        let hex = String(byte, radix: 16)
        return byte < 16 ? "0" + hex : hex
    }.joined()
}
