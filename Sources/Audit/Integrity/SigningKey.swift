import Assessment
import Crypto
import Foundation

/// An Ed25519 private key. Its description shows only the public fingerprint, so the key
/// cannot be printed by accident.
package struct SigningKey: Sendable, CustomStringConvertible {
    /// The raw 32 bytes (kept as bytes: swift-crypto's key type is not `Sendable`).
    private let raw: [UInt8]

    package init(key: Curve25519.Signing.PrivateKey) { raw = [UInt8](key.rawRepresentation) }

    package var key: Curve25519.Signing.PrivateKey {
        // The bytes came from a valid key, so this cannot fail.
        try! Curve25519.Signing.PrivateKey(rawRepresentation: raw)
    }

    package var rawRepresentation: [UInt8] { raw }
    package var publicKey: VerifyingKey { VerifyingKey(key: key.publicKey) }
    package var description: String { "Ed25519 private key for \(publicKey.fingerprint)" }
}

/// An Ed25519 public key.
package struct VerifyingKey: Sendable, CustomStringConvertible {
    /// The raw 32 bytes.
    package let raw: [UInt8]

    package init(key: Curve25519.Signing.PublicKey) { raw = [UInt8](key.rawRepresentation) }

    package var key: Curve25519.Signing.PublicKey {
        // The bytes came from a valid key, so this cannot fail.
        try! Curve25519.Signing.PublicKey(rawRepresentation: raw)
    }
    /// `sha256:` and the hex SHA-256 of the key's 32 raw bytes.
    package var fingerprint: String { "sha256:" + sha256Hex(raw) }
    package var description: String { "Ed25519 public key \(fingerprint)" }
}
