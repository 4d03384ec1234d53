import Assessment
import Crypto
import CyberYAML
import Foundation
import Platform

/// Ed25519 signing of report files, with key files and detached signature files.
///
/// A key file is three lines: a header, the key's 32 raw bytes in base64, and a footer:
///
///     -----BEGIN CYBERASSESS ED25519 PRIVATE KEY-----
///     <base64>
///     -----END CYBERASSESS ED25519 PRIVATE KEY-----
///
/// (`PUBLIC KEY` for the public half). A signature file (`REPORT.json.sig`) is `name: value`
/// lines; the signature covers the report file's exact bytes:
///
///     format: cyberassess-signature/1
///     algorithm: ed25519
///     key-fingerprint: sha256:<hex SHA-256 of the public key's 32 raw bytes>
///     signed-sha256: <hex SHA-256 of the signed file>
///     signature: <base64 of the 64-byte Ed25519 signature>
package enum Signing {
    /// What a key file holds.
    package enum KeyKind: String, Sendable {
        case `private` = "PRIVATE", `package` = "PUBLIC"

        package var header: String { "-----BEGIN CYBERASSESS ED25519 \(rawValue) KEY-----" }
        package var footer: String { "-----END CYBERASSESS ED25519 \(rawValue) KEY-----" }
    }

    /// The file a detached signature is written to by default: the report's path + `.sig`.
    package static func defaultSignaturePath(for reportPath: String) -> String { reportPath + ".sig" }

    /// A new random private key.
    package static func generateKey() -> SigningKey { SigningKey(key: Curve25519.Signing.PrivateKey()) }

    /// Writes a key pair: the private key with mode 0600, the public key with mode 0644.
    package static func write(_ key: SigningKey, privatePath: String, publicPath: String) throws(SigningError) {
        do {
            try AtomicFile.write(keyText(.private, raw: key.rawRepresentation), to: privatePath, permissions: 0o600)
            try AtomicFile.write(keyText(.package, raw: key.publicKey.raw), to: publicPath, permissions: 0o644)
        } catch {
            throw .write(AssessmentError(error))
        }
    }

    /// The text of a key file.
    package static func keyText(_ kind: KeyKind, raw: [UInt8]) -> String {
        kind.header + "\n" + Data(raw).base64EncodedString() + "\n" + kind.footer + "\n"
    }

    /// Reads a private key file.
    package static func readPrivateKey(_ path: String) throws(SigningError) -> SigningKey {
        let raw = try readKey(path, kind: .private)
        guard let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) else {
            throw .malformedKey(path: path, line: 2, expected: "a 32-byte Ed25519 private key", found: "bytes that are not a valid key")
        }
        return SigningKey(key: key)
    }

    /// Reads a public key file.
    package static func readPublicKey(_ path: String) throws(SigningError) -> VerifyingKey {
        let raw = try readKey(path, kind: .package)
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else {
            throw .malformedKey(path: path, line: 2, expected: "a 32-byte Ed25519 public key", found: "bytes that are not a valid key")
        }
        return VerifyingKey(key: key)
    }

    /// Whether a private key file can be read by anyone but its owner.
    package static func isExposed(_ path: String) -> Bool {
        guard let mode = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int else { return false }
        return mode & 0o077 != 0
    }

    /// Signs the exact bytes of a file.
    package static func sign(_ bytes: [UInt8], with key: SigningKey) throws(SigningError) -> DetachedSignature {
        let signature: Data
        do {
            signature = try key.key.signature(for: bytes)
        } catch {
            throw .signingFailed(reason: "\(error)")
        }
        return DetachedSignature(keyFingerprint: key.publicKey.fingerprint, signedSHA256: sha256Hex(bytes), signature: [UInt8](signature))
    }

    /// Checks the signature at `signaturePath` over the file at `reportPath` with the public
    /// key at `publicKeyPath`. Returns the fingerprint of the key that signed.
    package static func verify(reportPath: String, signaturePath: String, publicKeyPath: String) throws(SigningError) -> String {
        guard FileManager.default.fileExists(atPath: signaturePath) else {
            throw .missingSignature(path: signaturePath, report: reportPath)
        }
        let signature = try DetachedSignature.parse(try readText(signaturePath), path: signaturePath)
        let key = try readPublicKey(publicKeyPath)
        guard signature.keyFingerprint == key.fingerprint else {
            throw .wrongKey(signature: signaturePath, signedBy: signature.keyFingerprint, publicKey: publicKeyPath, keyFingerprint: key.fingerprint)
        }
        let bytes = try readBytes(reportPath, limits: .default)
        let actual = sha256Hex(bytes)
        guard actual == signature.signedSHA256 else {
            throw .fileChanged(report: reportPath, signature: signaturePath, signedSHA256: signature.signedSHA256, actualSHA256: actual)
        }
        guard key.key.isValidSignature(signature.signature, for: bytes) else {
            throw .badSignature(report: reportPath, signature: signaturePath)
        }
        return key.fingerprint
    }

    /// A key or signature file's text, refusing anything over 64 KiB before reading it.
    private static func readText(_ path: String) throws(SigningError) -> String {
        var limits = LoaderLimits.default
        limits.maxBytes = 64 << 10
        let bytes = try readBytes(path, limits: limits)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .unreadable(path: path, reason: "is not UTF-8 text; expected a cyberassess key or signature file")
        }
        return text
    }

    /// A file's bytes through `FileBytes`, so that every refusal says why in the same words.
    private static func readBytes(_ path: String, limits: LoaderLimits) throws(SigningError) -> [UInt8] {
        do {
            return try FileBytes.read(path, limits: limits)
        } catch {
            throw .unreadable(path: path, reason: error.problems.map(\.message).joined(separator: "; "))
        }
    }

    /// The raw bytes of a key file of `kind`, checking its three lines.
    private static func readKey(_ path: String, kind: KeyKind) throws(SigningError) -> [UInt8] {
        let lines = textLines(try readText(path))
        let other: KeyKind = kind == .private ? .package : .private
        guard let first = lines.first else {
            throw .malformedKey(path: path, line: 1, expected: "'\(kind.header)'", found: "an empty file")
        }
        if first == other.header {
            let hint = kind == .private ? "pass the private key (keygen --out-private)" : "pass the public key (keygen --out-public)"
            throw .malformedKey(path: path, line: 1, expected: "'\(kind.header)'", found: "a \(other.rawValue.lowercased()) key; \(hint)")
        }
        guard first == kind.header else {
            throw .malformedKey(path: path, line: 1, expected: "'\(kind.header)'", found: describeHeader(first))
        }
        guard lines.count >= 2, let raw = Data(base64Encoded: lines[1]) else {
            throw .malformedKey(path: path, line: 2, expected: "the key's 32 bytes in base64", found: lines.count >= 2 ? "text that is not base64" : "the end of the file")
        }
        guard raw.count == 32 else {
            throw .malformedKey(path: path, line: 2, expected: "the key's 32 bytes in base64", found: "\(raw.count) bytes")
        }
        guard lines.count >= 3, lines[2] == kind.footer else {
            throw .malformedKey(path: path, line: 3, expected: "'\(kind.footer)'", found: lines.count >= 3 ? describeHeader(lines[2]) : "the end of the file")
        }
        if lines.count > 3 {
            throw .malformedKey(path: path, line: 4, expected: "the end of the file", found: "more text")
        }
        return [UInt8](raw)
    }

    /// A header line as found, quoted only when it looks like one (never key material).
    private static func describeHeader(_ line: String) -> String {
        line.hasPrefix("-----") && line.count < 80 ? "'\(line)'" : "other text"
    }
}

/// The lines of a text file without line ends, trailing blank lines removed.
package func textLines(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
        line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
    }
    while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
    return lines
}
