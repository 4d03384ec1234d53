import ArgumentParser
import Assessment
import Audit
import Foundation
import Platform

struct Sign: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "Sign a JSON report with an Ed25519 private key, writing a detached signature file.",
        discussion: """
            The signature covers the report file's exact bytes and is written to REPORT.sig \
            (or -o FILE), which must not exist unless --force is given. The report must be an unaltered cyberassess report (its digest must \
            match its content). Check it with 'cyberassess verify REPORT --public-key PUBLIC'. \
            Exit 0 when signed, 1 on errors, 2 on usage errors.
            """)

    @Argument(help: "The JSON report to sign.")
    var report: String

    @Option(help: "The private key file (from 'cyberassess keygen').")
    var key: String

    @Option(name: .shortAndLong, help: "Where to write the signature (default: REPORT.sig); never over the report or the key.")
    var output: String?

    @Flag(help: "Replace an existing signature file.")
    var force = false

    func run() throws {
        let source = try SourceFile.read(report)
        // Reviews and cycle reports have no digest of their own; their signature covers their bytes.
        if !SignedDocument.isOtherDocument(report) {
            let decoded = try Report.decode(json: source.bytes, path: report)
            if let finding = ReportVerifier.checkDigest(decoded, path: report).findings.first {
                throw CommandFailure(file: report, "refusing to sign: \(finding.message); score the answers again to make a fresh report")
            }
        }
        let path = output ?? Signing.defaultSignaturePath(for: report)
        let signatureFile = OutputFile(path, inputs: [OutputFile.Input(path: report, role: "the report"), OutputFile.Input(path: key, role: "the private key")], force: force, loses: "the signature it holds would be lost")
        try signatureFile.check()
        let privateKey = try Signing.readPrivateKey(key)
        if Signing.isExposed(key) {
            Terminal.error("warning: \(key) can be read by other users; restrict it with 'chmod 600 \(key)'")
        }
        let signature = try Signing.sign(source.bytes, with: privateKey)
        try signatureFile.write(signature.text, announce: false)
        Terminal.error("signed \(report) with key \(signature.keyFingerprint); wrote \(path)")
    }
}
