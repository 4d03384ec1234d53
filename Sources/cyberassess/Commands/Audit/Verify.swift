import ArgumentParser
import Assessment
import Audit
import Foundation

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that a report is the unaltered result of its answers, and/or that its signature is valid.",
        discussion: """
            With --answers: checks the report's digest against its content, the SHA-256 of the \
            answers and questionnaire files against its provenance, and its content against the \
            answers scored again with the same profile, topic weights and evidence age. With \
            --public-key: checks the detached Ed25519 signature (REPORT.sig) over the report's \
            exact bytes. With --benchmark: derives the report's peer figures from the benchmark \
            again (without it, peer figures are listed as not checked). Prints every finding. Exit 0 when verified, 1 when not, 2 on usage errors.
            """)

    @Argument(help: "The JSON report to check.")
    var report: String

    @Option(help: "The answers file the report claims to come from; it is scored again and compared.")
    var answers: String?

    @OptionGroup var library: LibraryOptions

    @Option(help: "The targets file the report was scored with, if it was scored with one.")
    var targets: String?

    @Option(name: .customLong("stale-months"), parsing: .unconditional, help: "Evidence age used when scoring (default: read from the report, else 12).")
    var staleMonths: Int?

    @Option(name: .customLong("public-key"), help: "Public key file of whoever signed the report; checks the signature.")
    var publicKey: String?

    @Option(help: "The signature file (default: REPORT.sig beside the report).")
    var signature: String?

    @Option(help: "The benchmark.json the report was scored against; checks its peer figures.")
    var benchmark: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    /// Findings printed in the text format; the rest are counted (they follow from the first).
    static let textFindingLimit = 30

    func validate() throws {
        if answers == nil, publicKey == nil, benchmark == nil {
            throw ValidationError("expected --answers ANSWERS.yaml (score again and compare), --public-key PUBLIC (check the signature), --benchmark FILE (check peer figures), or several of them")
        }
        if signature != nil, publicKey == nil { throw ValidationError("--signature needs --public-key PUBLIC to check it with") }
        if answers == nil, targets != nil || staleMonths != nil {
            throw ValidationError("--targets and --stale-months apply to scoring the answers again; add --answers ANSWERS.yaml")
        }
        if let staleMonths { try Bounds.checkStaleMonths(staleMonths) }
    }

    func run() throws {
        let request = VerificationRequest(report: report, answers: answers, targets: targets, staleAfterMonths: staleMonths, publicKey: publicKey, signature: signature, benchmark: benchmark)
        let result = Verification.run(request, library: library.loadWithPath)
        try emit(result)
        if !result.verified { throw ExitCode(1) }
    }

    private func emit(_ result: Verification) throws {
        switch format {
        case .json:
            struct Output: Encodable {
                var report: String
                var verified: Bool
                var checked: [String]
                var notChecked: [String]
                var findings: [VerificationFinding]
            }
            let output = Output(report: report, verified: result.verified, checked: result.checkedLines, notChecked: result.notChecked, findings: result.findings)
            Terminal.write(try CanonicalJSON.encode(output))
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
            lines += result.checkedLines.map { "  - \($0)" }
            if !result.notChecked.isEmpty {
                lines.append("not checked:")
                lines += result.notChecked.map { "  - \($0)" }
            }
            for line in lines { Terminal.print(line) }
        }
    }
}
