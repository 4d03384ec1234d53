import Assessment
extension ReportVerifier {
    /// What a report's peer figures cannot be checked without: they come from a benchmark,
    /// and the report's digest, which covers them, has no key.
    package static let peersNotChecked = "peer figures (percentiles, peer medians and quartiles): they come from a benchmark, not from the answers; pass --benchmark FILE to check them"

    /// Derives the report's peer figures from `benchmark` (read from `benchmarkPath`) again
    /// and names every difference, as `peers.figures[RES-REC].median`.
    package static func checkPeers(_ report: Report, benchmark: PeerBenchmark, benchmarkPath: String) -> Verification {
        var result = Verification(checked: [VerificationCheck(.peers, passed: "peer figures match \(benchmarkPath)", failed: "peer figures do NOT match \(benchmarkPath)")])
        let expected = benchmark.comparison(for: report)
        guard let given = report.peers else {
            result.findings.append(VerificationFinding(check: .peers, subject: "peers", message: "the report has no peer figures, but \(benchmarkPath) gives figures from \(expected.bodies) bodies; it was scored without --benchmark, or against another benchmark"))
            return result
        }
        for difference in JSONTreeDiff.differences(given, expected, source: .benchmark) {
            result.findings.append(VerificationFinding(check: .peers, subject: "peers." + difference.path, message: difference.message))
        }
        return result
    }
}
