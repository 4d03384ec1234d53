import ArgumentParser
import Assessment
import Foundation

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that a report is the unaltered result of its answers, and/or that its signature is valid.",
        discussion: """
            With --answers: checks the report's digest against its content, the SHA-256 of the \
            answers and questionnaire files against its provenance, and its content against the \
            answers scored again with the same profile, topic weights and evidence age. With \
            --public-key: checks the detached Ed25519 signature (REPORT.sig) over the report's \
            exact bytes. Prints every finding. Exit 0 when verified, 1 when not, 2 on usage errors.
            """)

    @Argument(help: "The JSON report to check.")
    var report: String

    @Option(help: "The answers file the report claims to come from; it is scored again and compared.")
    var answers: String?

    @OptionGroup var library: LibraryOptions

    @Option(help: "The targets file the report was scored with, if it was scored with one.")
    var targets: String?

    @Option(name: .customLong("stale-months"), help: "Evidence age used when scoring (default: read from the report, else 12).")
    var staleMonths: Int?

    @Option(name: .customLong("public-key"), help: "Public key file of whoever signed the report; checks the signature.")
    var publicKey: String?

    @Option(help: "The signature file (default: REPORT.sig beside the report).")
    var signature: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    /// Findings printed in the text format; the rest are counted (they follow from the first).
    static let textFindingLimit = 30

    func validate() throws {
        if answers == nil, publicKey == nil {
            throw ValidationError("expected --answers ANSWERS.yaml (score again and compare), --public-key PUBLIC (check the signature), or both")
        }
        if signature != nil, publicKey == nil { throw ValidationError("--signature needs --public-key PUBLIC to check it with") }
        if answers == nil, targets != nil || staleMonths != nil {
            throw ValidationError("--targets and --stale-months apply to scoring the answers again; add --answers ANSWERS.yaml")
        }
        if let staleMonths, staleMonths < 0 { throw ValidationError("--stale-months: expected 0 or more, found \(staleMonths)") }
    }

    func run() throws {
        try reporting {
            var result = Verification()
            if let publicKey {
                let signaturePath = signature ?? Signing.defaultSignaturePath(for: report)
                result.checked.append("Ed25519 signature \(signaturePath)")
                do {
                    let fingerprint = try Signing.verify(reportPath: report, signaturePath: signaturePath, publicKeyPath: publicKey)
                    result.checked[result.checked.count - 1] += " by key \(fingerprint)"
                } catch let error as SigningError {
                    result.findings.append(VerificationFinding(check: .signature, subject: "signature", message: error.description))
                }
            }
            if let decoded = decodeReport(into: &result) {
                if let answers {
                    let directory = try library.locate()
                    let verifier = ReportVerifier(library: try library.load(), libraryPath: directory)
                    do {
                        result.append(try verifier.verify(decoded, reportPath: report, answersPath: answers, targetsPath: targets, staleAfterMonths: staleMonths))
                    } catch let error as AssessmentError {
                        result.checked.append("answers scored again")
                        for problem in error.problems {
                            result.findings.append(VerificationFinding(check: .answers, subject: "answers", message: "cannot score the answers again: \(problem.description)"))
                        }
                    }
                } else {
                    result.append(ReportVerifier.checkDigest(decoded, path: report))
                }
            }
            emit(result)
            if !result.verified { throw ExitCode(1) }
        }
    }

    /// The report, or nil with a finding when it is not a readable cyberassess report.
    private func decodeReport(into result: inout Verification) -> Report? {
        do {
            let source = try SourceFile.read(report)
            return try Report.decode(json: source.bytes, path: report)
        } catch {
            result.checked.append("report is a cyberassess JSON report")
            result.findings.append(VerificationFinding(check: .content, subject: "report", message: error.description))
            return nil
        }
    }

    private func emit(_ result: Verification) {
        switch format {
        case .json:
            struct Output: Encodable {
                var report: String
                var verified: Bool
                var checked: [String]
                var findings: [VerificationFinding]
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let output = Output(report: report, verified: result.verified, checked: result.checked, findings: result.findings)
            Terminal.write(((try? encoder.encode(output)).map { [UInt8]($0) } ?? []) + [0x0A])
        case .text:
            var lines: [String] = []
            if result.verified {
                lines.append("verified: \(report)")
            } else {
                lines.append("NOT verified: \(report) (\(result.findings.count) finding\(result.findings.count == 1 ? "" : "s"))")
                lines += result.findings.prefix(Self.textFindingLimit).map { "  - \($0.description)" }
                if result.findings.count > Self.textFindingLimit {
                    lines.append("  … and \(result.findings.count - Self.textFindingLimit) more; --format json lists every one")
                }
            }
            lines.append("checked:")
            lines += result.checked.map { "  - \($0)" }
            Terminal.print(lines.joined(separator: "\n"))
        }
    }
}
