import ArgumentParser
import Assessment
import Audit
import Foundation

struct Keygen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Make an Ed25519 key pair for signing reports.",
        discussion: """
            Writes the private key with mode 0600 (it is never printed) and the public key with \
            mode 0644, and prints the public key's fingerprint (sha256:...). Refuses to replace \
            existing files unless --force is given. Exit 0 when written, 1 on errors, 2 on usage errors.
            """)

    @Option(name: .customLong("out-private"), help: "Where to write the private key; keep it secret.")
    var outPrivate: String

    @Option(name: .customLong("out-public"), help: "Where to write the public key; give it to whoever verifies.")
    var outPublic: String

    @Flag(help: "Replace key files that already exist.")
    var force = false

    func validate() throws {
        if outPrivate == outPublic { throw ValidationError("--out-private and --out-public must be different files, found \(outPrivate) for both") }
    }

    func run() throws {
        for path in [outPrivate, outPublic] {
            try OutputFile(path, force: force, loses: "anything signed with the old key will no longer verify with the new one").check()
        }
        let key = Signing.generateKey()
        try Signing.write(key, privatePath: outPrivate, publicPath: outPublic)
        Terminal.print(key.publicKey.fingerprint)
        Terminal.error("wrote private key \(outPrivate) (mode 0600; keep it secret) and public key \(outPublic)")
    }
}
