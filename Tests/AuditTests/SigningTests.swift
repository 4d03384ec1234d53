import Foundation
import Platform
import TestSupport
import Testing
@testable import Assessment
@testable import Audit

/// Ed25519 key files, detached signatures, and every way a check can fail.
@Suite struct SigningTests {
    let folder: TemporaryFolder
    let dir: String
    let key: SigningKey
    let report: String
    let signature: String
    let publicKey: String

    /// A key pair on disk and a small "report" signed with it.
    init() throws {
        folder = try TemporaryFolder()
        dir = folder.path
        key = Signing.generateKey()
        publicKey = dir + "/signer.pub"
        try Signing.write(key, privatePath: dir + "/signer.key", publicPath: publicKey)
        report = dir + "/report.json"
        try Data("{\"schema\": \"x\"}\n".utf8).write(to: URL(fileURLWithPath: report))
        signature = report + ".sig"
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: report)))
        try AtomicFile.write(try Signing.sign(bytes, with: try Signing.readPrivateKey(dir + "/signer.key")).text, to: signature)
    }

    @Test func untouchedFileVerifies() throws {
        let fingerprint = try Signing.verify(reportPath: report, signaturePath: signature, publicKeyPath: publicKey)
        #expect(fingerprint == key.publicKey.fingerprint)
        #expect(fingerprint.hasPrefix("sha256:") && fingerprint.count == 7 + 64)
    }

    @Test func oneByteEditIsDetected() throws {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: report)))
        let signed = sha256Hex(bytes)
        bytes[2] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: report))
        #expect(throws: SigningError.fileChanged(report: report, signature: signature, signedSHA256: signed, actualSHA256: sha256Hex(bytes))) {
            try Signing.verify(reportPath: report, signaturePath: signature, publicKeyPath: publicKey)
        }
    }

    @Test func wrongKeyIsNamed() throws {
        let other = Signing.generateKey()
        try Signing.write(other, privatePath: dir + "/other.key", publicPath: dir + "/other.pub")
        #expect(throws: SigningError.wrongKey(signature: signature, signedBy: key.publicKey.fingerprint, publicKey: dir + "/other.pub", keyFingerprint: other.publicKey.fingerprint)) {
            try Signing.verify(reportPath: report, signaturePath: signature, publicKeyPath: dir + "/other.pub")
        }
    }

    @Test func alteredSignatureIsBad() throws {
        let text = try String(contentsOfFile: signature, encoding: .utf8)
        var parsed = try DetachedSignature.parse(text, path: signature)
        parsed.signature[0] ^= 0x01
        try AtomicFile.write(parsed.text, to: signature)
        #expect(throws: SigningError.badSignature(report: report, signature: signature)) {
            try Signing.verify(reportPath: report, signaturePath: signature, publicKeyPath: publicKey)
        }
    }

    @Test func missingSignatureIsReported() throws {
        try FileManager.default.removeItem(atPath: signature)
        #expect(throws: SigningError.missingSignature(path: signature, report: report)) {
            try Signing.verify(reportPath: report, signaturePath: signature, publicKeyPath: publicKey)
        }
        #expect(SigningError.missingSignature(path: signature, report: report).description
            == "\(signature): no signature file for \(report); sign it with 'cyberassess sign \(report) --key PRIVATE', or pass --signature FILE")
    }

    @Test func privateKeyIsOwnerOnlyAndPublicKeyIsReadable() throws {
        let privateMode = try FileManager.default.attributesOfItem(atPath: dir + "/signer.key")[.posixPermissions] as? Int
        let publicMode = try FileManager.default.attributesOfItem(atPath: publicKey)[.posixPermissions] as? Int
        #expect(privateMode == 0o600)
        #expect(publicMode == 0o644 & ~Int(currentUmask()))
        #expect(!Signing.isExposed(dir + "/signer.key"))
    }

    @Test func keyFilesAreThreeLines() throws {
        let lines = try String(contentsOfFile: dir + "/signer.key", encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.first == "-----BEGIN CYBERASSESS ED25519 PRIVATE KEY-----")
        #expect(lines.last == "-----END CYBERASSESS ED25519 PRIVATE KEY-----")
        #expect(lines[1].count == 44)
        let pub = try String(contentsOfFile: publicKey, encoding: .utf8)
        #expect(pub.hasPrefix("-----BEGIN CYBERASSESS ED25519 PUBLIC KEY-----\n"))
        #expect(try Signing.readPublicKey(publicKey).fingerprint == key.publicKey.fingerprint)
    }

    @Test func privateKeyIsNeverInItsDescription() throws {
        let raw = try String(contentsOfFile: dir + "/signer.key", encoding: .utf8).split(separator: "\n")[1]
        #expect(!"\(key)".contains(raw))
        #expect("\(key)" == "Ed25519 private key for \(key.publicKey.fingerprint)")
    }

    @Test func publicKeyGivenAsPrivateKeyIsNamed() throws {
        #expect(throws: SigningError.malformedKey(path: publicKey, line: 1, expected: "'-----BEGIN CYBERASSESS ED25519 PRIVATE KEY-----'", found: "a public key; pass the private key (keygen --out-private)")) {
            try Signing.readPrivateKey(publicKey)
        }
    }

    @Test func truncatedKeyNamesTheLine() throws {
        let path = dir + "/short.key"
        try "-----BEGIN CYBERASSESS ED25519 PRIVATE KEY-----\nAAAA\n-----END CYBERASSESS ED25519 PRIVATE KEY-----\n".write(toFile: path, atomically: true, encoding: .utf8)
        let error = SigningError.malformedKey(path: path, line: 2, expected: "the key's 32 bytes in base64", found: "3 bytes")
        #expect(throws: error) { try Signing.readPrivateKey(path) }
        #expect(error.description == "\(path):2: expected the key's 32 bytes in base64, found 3 bytes; key files are written by 'cyberassess keygen'")
    }

    @Test func malformedSignatureNamesTheLine() throws {
        let text = try String(contentsOfFile: signature, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "algorithm: ed25519", with: "algorithm: rsa")
        #expect(throws: SigningError.malformedSignature(path: "x.sig", line: 2, expected: "algorithm ed25519", found: "'rsa'")) {
            try DetachedSignature.parse(edited, path: "x.sig")
        }
        #expect(throws: SigningError.malformedSignature(path: "x.sig", line: 5, expected: "a 'signature:' line", found: "none")) {
            try DetachedSignature.parse(text.split(separator: "\n").dropLast().joined(separator: "\n") + "\n", path: "x.sig")
        }
    }

    @Test func signatureFileFormat() throws {
        let lines = try String(contentsOfFile: signature, encoding: .utf8).split(separator: "\n").map(String.init)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: report)))
        #expect(lines.count == 5)
        #expect(lines[0] == "format: cyberassess-signature/1")
        #expect(lines[1] == "algorithm: ed25519")
        #expect(lines[2] == "key-fingerprint: \(key.publicKey.fingerprint)")
        #expect(lines[3] == "signed-sha256: \(sha256Hex(bytes))")
        #expect(lines[4].hasPrefix("signature: ") && lines[4].count == "signature: ".count + 88)
    }
}

/// The process's file-creation mask, read without changing it (Linux `/proc`; else 022).
private func currentUmask() -> mode_t {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("Umask:") }
    return line.flatMap { mode_t($0.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8) } ?? 0o022
}
