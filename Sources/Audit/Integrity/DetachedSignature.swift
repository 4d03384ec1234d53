import Assessment
import Crypto
import Foundation

/// A detached signature over one file's bytes.
package struct DetachedSignature: Sendable, Equatable {
    package static let format = "cyberassess-signature/1"
    package static let algorithm = "ed25519"

    package var keyFingerprint: String
    package var signedSHA256: String
    package var signature: [UInt8]

    /// The signature file's text.
    package var text: String {
        """
        format: \(Self.format)
        algorithm: \(Self.algorithm)
        key-fingerprint: \(keyFingerprint)
        signed-sha256: \(signedSHA256)
        signature: \(Data(signature).base64EncodedString())

        """
    }

    /// Reads a signature file's text; `path` is named in errors.
    package static func parse(_ text: String, path: String) throws(SigningError) -> DetachedSignature {
        let names = ["format", "algorithm", "key-fingerprint", "signed-sha256", "signature"]
        var fields: [String: (value: String, line: Int)] = [:]
        let lines = textLines(text)
        for (i, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let number = i + 1
            guard let colon = line.firstIndex(of: ":") else {
                throw .malformedSignature(path: path, line: number, expected: "'name: value'", found: "a line without ':'")
            }
            let name = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
            let value = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            guard names.contains(name) else {
                throw .malformedSignature(path: path, line: number, expected: "one of \(names.joined(separator: ", "))", found: "'\(name.prefix(40))'")
            }
            guard fields[name] == nil else {
                throw .malformedSignature(path: path, line: number, expected: "'\(name)' once", found: "it again (first on line \(fields[name]!.line))")
            }
            fields[name] = (value, number)
        }
        func field(_ name: String) throws(SigningError) -> (value: String, line: Int) {
            guard let f = fields[name] else {
                throw .malformedSignature(path: path, line: lines.count + 1, expected: "a '\(name):' line", found: "none")
            }
            return f
        }
        let format = try field("format")
        guard format.value == Self.format else {
            throw .malformedSignature(path: path, line: format.line, expected: "format \(Self.format)", found: "'\(format.value.prefix(60))'")
        }
        let algorithm = try field("algorithm")
        guard algorithm.value == Self.algorithm else {
            throw .malformedSignature(path: path, line: algorithm.line, expected: "algorithm \(Self.algorithm)", found: "'\(algorithm.value.prefix(60))'")
        }
        let fingerprint = try field("key-fingerprint")
        guard isHexDigest(fingerprint.value.hasPrefix("sha256:") ? String(fingerprint.value.dropFirst(7)) : "") else {
            throw .malformedSignature(path: path, line: fingerprint.line, expected: "sha256: and 64 hex digits", found: "'\(fingerprint.value.prefix(80))'")
        }
        let signed = try field("signed-sha256")
        guard isHexDigest(signed.value) else {
            throw .malformedSignature(path: path, line: signed.line, expected: "64 hex digits", found: "'\(signed.value.prefix(80))'")
        }
        let signature = try field("signature")
        guard let bytes = Data(base64Encoded: signature.value), bytes.count == 64 else {
            throw .malformedSignature(path: path, line: signature.line, expected: "a 64-byte Ed25519 signature in base64", found: Data(base64Encoded: signature.value).map { "\($0.count) bytes" } ?? "text that is not base64")
        }
        return DetachedSignature(keyFingerprint: fingerprint.value, signedSHA256: signed.value, signature: [UInt8](bytes))
    }

    private static func isHexDigest(_ text: String) -> Bool {
        text.count == 64 && text.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
    }
}
