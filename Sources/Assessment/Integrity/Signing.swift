import Crypto
import Foundation

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
public enum Signing {
    /// What a key file holds.
    public enum KeyKind: String, Sendable {
        case `private` = "PRIVATE", `public` = "PUBLIC"

        var header: String { "-----BEGIN CYBERASSESS ED25519 \(rawValue) KEY-----" }
        var footer: String { "-----END CYBERASSESS ED25519 \(rawValue) KEY-----" }
    }

    /// The file a detached signature is written to by default: the report's path + `.sig`.
    public static func defaultSignaturePath(for reportPath: String) -> String { reportPath + ".sig" }

    /// A new random private key.
    public static func generateKey() -> SigningKey { SigningKey(key: Curve25519.Signing.PrivateKey()) }

    /// Writes a key pair: the private key with mode 0600, the public key with mode 0644.
    public static func write(_ key: SigningKey, privatePath: String, publicPath: String) throws(SigningError) {
        do {
            try AtomicFile.write(keyText(.private, raw: key.rawRepresentation), to: privatePath, permissions: 0o600)
            try AtomicFile.write(keyText(.public, raw: key.publicKey.raw), to: publicPath, permissions: 0o644)
        } catch {
            throw .write(error)
        }
    }

    /// The text of a key file.
    static func keyText(_ kind: KeyKind, raw: [UInt8]) -> String {
        kind.header + "\n" + Data(raw).base64EncodedString() + "\n" + kind.footer + "\n"
    }

    /// Reads a private key file.
    public static func readPrivateKey(_ path: String) throws(SigningError) -> SigningKey {
        let raw = try readKey(path, kind: .private)
        guard let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) else {
            throw .malformedKey(path: path, line: 2, expected: "a 32-byte Ed25519 private key", found: "bytes that are not a valid key")
        }
        return SigningKey(key: key)
    }

    /// Reads a public key file.
    public static func readPublicKey(_ path: String) throws(SigningError) -> VerifyingKey {
        let raw = try readKey(path, kind: .public)
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else {
            throw .malformedKey(path: path, line: 2, expected: "a 32-byte Ed25519 public key", found: "bytes that are not a valid key")
        }
        return VerifyingKey(key: key)
    }

    /// Whether a private key file can be read by anyone but its owner.
    public static func isExposed(_ path: String) -> Bool {
        guard let mode = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int else { return false }
        return mode & 0o077 != 0
    }

    /// Signs the exact bytes of a file.
    public static func sign(_ bytes: [UInt8], with key: SigningKey) throws(SigningError) -> DetachedSignature {
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
    public static func verify(reportPath: String, signaturePath: String, publicKeyPath: String) throws(SigningError) -> String {
        guard FileManager.default.fileExists(atPath: signaturePath) else {
            throw .missingSignature(path: signaturePath, report: reportPath)
        }
        let signature = try DetachedSignature.parse(try readText(signaturePath), path: signaturePath)
        let key = try readPublicKey(publicKeyPath)
        guard signature.keyFingerprint == key.fingerprint else {
            throw .wrongKey(signature: signaturePath, signedBy: signature.keyFingerprint, publicKey: publicKeyPath, keyFingerprint: key.fingerprint)
        }
        guard let data = FileManager.default.contents(atPath: reportPath) else {
            throw .unreadable(path: reportPath, reason: "no such file or it cannot be read")
        }
        let bytes = [UInt8](data)
        let actual = sha256Hex(bytes)
        guard actual == signature.signedSHA256 else {
            throw .fileChanged(report: reportPath, signature: signaturePath, signedSHA256: signature.signedSHA256, actualSHA256: actual)
        }
        guard key.key.isValidSignature(signature.signature, for: bytes) else {
            throw .badSignature(report: reportPath, signature: signaturePath)
        }
        return key.fingerprint
    }

    private static func readText(_ path: String) throws(SigningError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "no such file or it cannot be read")
        }
        guard data.count <= 64 << 10 else {
            throw .unreadable(path: path, reason: "is \(data.count) bytes; a key or signature file is under 1 KiB — is this the right file?")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(path: path, reason: "is not UTF-8 text; expected a cyberassess key or signature file")
        }
        return text
    }

    /// The raw bytes of a key file of `kind`, checking its three lines.
    private static func readKey(_ path: String, kind: KeyKind) throws(SigningError) -> [UInt8] {
        let lines = textLines(try readText(path))
        let other: KeyKind = kind == .private ? .public : .private
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
func textLines(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
        line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
    }
    while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
    return lines
}

/// An Ed25519 private key. Its description shows only the public fingerprint, so the key
/// cannot be printed by accident.
public struct SigningKey: Sendable, CustomStringConvertible {
    /// The raw 32 bytes (kept as bytes: swift-crypto's key type is not `Sendable`).
    private let raw: [UInt8]

    init(key: Curve25519.Signing.PrivateKey) { raw = [UInt8](key.rawRepresentation) }

    var key: Curve25519.Signing.PrivateKey {
        // The bytes came from a valid key, so this cannot fail.
        try! Curve25519.Signing.PrivateKey(rawRepresentation: raw)
    }

    var rawRepresentation: [UInt8] { raw }
    public var publicKey: VerifyingKey { VerifyingKey(key: key.publicKey) }
    public var description: String { "Ed25519 private key for \(publicKey.fingerprint)" }
}

/// An Ed25519 public key.
public struct VerifyingKey: Sendable, CustomStringConvertible {
    /// The raw 32 bytes.
    let raw: [UInt8]

    init(key: Curve25519.Signing.PublicKey) { raw = [UInt8](key.rawRepresentation) }

    var key: Curve25519.Signing.PublicKey {
        // The bytes came from a valid key, so this cannot fail.
        try! Curve25519.Signing.PublicKey(rawRepresentation: raw)
    }
    /// `sha256:` and the hex SHA-256 of the key's 32 raw bytes.
    public var fingerprint: String { "sha256:" + sha256Hex(raw) }
    public var description: String { "Ed25519 public key \(fingerprint)" }
}

/// A detached signature over one file's bytes.
public struct DetachedSignature: Sendable, Equatable {
    public static let format = "cyberassess-signature/1"
    public static let algorithm = "ed25519"

    public var keyFingerprint: String
    public var signedSHA256: String
    public var signature: [UInt8]

    /// The signature file's text.
    public var text: String {
        """
        format: \(Self.format)
        algorithm: \(Self.algorithm)
        key-fingerprint: \(keyFingerprint)
        signed-sha256: \(signedSHA256)
        signature: \(Data(signature).base64EncodedString())

        """
    }

    /// Reads a signature file's text; `path` is named in errors.
    public static func parse(_ text: String, path: String) throws(SigningError) -> DetachedSignature {
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

/// Failures of key handling, signing and signature checks, each naming the files involved.
public enum SigningError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A key, signature or report file could not be read.
    case unreadable(path: String, reason: String)
    /// A key file is not in the expected form; `line` is 1-based.
    case malformedKey(path: String, line: Int, expected: String, found: String)
    /// A signature file is not in the expected form; `line` is 1-based.
    case malformedSignature(path: String, line: Int, expected: String, found: String)
    /// There is no signature file.
    case missingSignature(path: String, report: String)
    /// The signature was made with a different key than the public key given.
    case wrongKey(signature: String, signedBy: String, publicKey: String, keyFingerprint: String)
    /// The file's bytes differ from those signed.
    case fileChanged(report: String, signature: String, signedSHA256: String, actualSHA256: String)
    /// The signature does not verify although the file's hash matches: the signature file
    /// was altered.
    case badSignature(report: String, signature: String)
    /// The signing library failed.
    case signingFailed(reason: String)
    /// A key or signature file could not be written.
    case write(AssessmentError)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "\(path): \(reason)"
        case .malformedKey(let path, let line, let expected, let found):
            "\(path):\(line): expected \(expected), found \(found); key files are written by 'cyberassess keygen'"
        case .malformedSignature(let path, let line, let expected, let found):
            "\(path):\(line): expected \(expected), found \(found); signature files are written by 'cyberassess sign'"
        case .missingSignature(let path, let report):
            "\(path): no signature file for \(report); sign it with 'cyberassess sign \(report) --key PRIVATE', or pass --signature FILE"
        case .wrongKey(let signature, let signedBy, let publicKey, let keyFingerprint):
            "\(signature): wrong key: signed with key \(signedBy), but \(publicKey) is key \(keyFingerprint); use the public key of whoever signed the report"
        case .fileChanged(let report, let signature, let signedSHA256, let actualSHA256):
            "\(report): changed since it was signed: \(signature) covers SHA-256 \(signedSHA256), the file now has \(actualSHA256); do not trust this report"
        case .badSignature(let report, let signature):
            "\(signature): bad signature: it does not verify for \(report) with the given key; the signature file was altered"
        case .signingFailed(let reason):
            "could not sign: \(reason)"
        case .write(let error):
            error.description
        }
    }
}
