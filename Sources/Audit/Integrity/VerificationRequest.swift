import Assessment
/// What `verify` is asked to check: a report, and the answers it claims to come from and/or the
/// key that signed it.
package struct VerificationRequest: Sendable {
    /// The JSON report.
    package var report: String
    /// The answers file to score again and compare, if any.
    package var answers: String?
    /// The targets file the report was scored with, if any.
    package var targets: String?
    /// The evidence age used when scoring (default: from the report).
    package var staleAfterMonths: Int?
    /// The signer's public key file, to check the signature with.
    package var publicKey: String?
    /// The signature file (default: REPORT.sig).
    package var signature: String?
    /// The `benchmark.json` the report was scored against, to check its peer figures with.
    package var benchmark: String?

    package init(report: String, answers: String? = nil, targets: String? = nil, staleAfterMonths: Int? = nil, publicKey: String? = nil, signature: String? = nil, benchmark: String? = nil) {
        self.report = report
        self.answers = answers
        self.targets = targets
        self.staleAfterMonths = staleAfterMonths
        self.publicKey = publicKey
        self.signature = signature
        self.benchmark = benchmark
    }
}

extension Verification {
    /// Runs every check `request` asks for and collects what each found; nothing stops at the
    /// first finding. The library (with its folder, for messages) is asked for only when the
    /// answers are scored again.
    package static func run(_ request: VerificationRequest, library: () throws(AssessmentError) -> (library: Library, path: String)) -> Verification {
        var result = Verification()
        if let publicKey = request.publicKey {
            let signaturePath = request.signature ?? Signing.defaultSignaturePath(for: request.report)
            var check = VerificationCheck(.signature, passed: "Ed25519 signature \(signaturePath)", failed: "Ed25519 signature \(signaturePath) does NOT verify")
            do throws(SigningError) {
                let fingerprint = try Signing.verify(reportPath: request.report, signaturePath: signaturePath, publicKeyPath: publicKey)
                check.passed += " by key \(fingerprint)"
            } catch {
                result.findings.append(VerificationFinding(check: .signature, subject: "signature", message: error.description))
            }
            result.checked.append(check)
        }
        if request.publicKey != nil, request.answers == nil, SignedDocument.isOtherDocument(request.report) { return result }
        let report: Report
        do throws(AssessmentError) {
            report = try Report.decode(json: try SourceFile.read(request.report).bytes, path: request.report)
        } catch {
            result.checked.append(VerificationCheck(.content, passed: "report is a cyberassess JSON report", failed: "report is NOT a cyberassess JSON report"))
            result.findings.append(VerificationFinding(check: .content, subject: "report", message: error.description))
            return result
        }
        guard let answers = request.answers else {
            result.append(ReportVerifier.checkDigest(report, path: request.report))
            result.append(peers(of: report, request))
            return result
        }
        do throws(AssessmentError) {
            let (library, path) = try library()
            let verifier = ReportVerifier(library: library, libraryPath: path)
            result.append(try verifier.verify(report, reportPath: request.report, answersPath: answers, targetsPath: request.targets, staleAfterMonths: request.staleAfterMonths))
        } catch {
            result.checked.append(VerificationCheck(.answers, passed: "answers scored again", failed: "answers could NOT be scored again"))
            for problem in error.problems {
                result.findings.append(VerificationFinding(check: .answers, subject: "answers", message: "cannot score the answers again: \(problem.description)"))
            }
        }
        result.append(peers(of: report, request))
        return result
    }

    /// The peer-figure check when a benchmark is given; otherwise, for a report with peer
    /// figures, a note that they were not checked.
    package static func peers(of report: Report, _ request: VerificationRequest) -> Verification {
        guard let path = request.benchmark else {
            return Verification(notChecked: report.peers == nil ? [] : [ReportVerifier.peersNotChecked])
        }
        do throws(AssessmentError) {
            return ReportVerifier.checkPeers(report, benchmark: try PeerBenchmark.load(path), benchmarkPath: path)
        } catch {
            return Verification(
                checked: [VerificationCheck(.peers, passed: "peer figures match \(path)", failed: "peer figures could NOT be checked against \(path)")],
                findings: error.problems.map { VerificationFinding(check: .peers, subject: "benchmark", message: $0.description) })
        }
    }
}
