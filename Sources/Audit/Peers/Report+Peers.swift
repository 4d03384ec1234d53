import Assessment
extension Report {
    /// The report with peer figures from `benchmark`, its digest sealed again so that it
    /// covers them too.
    package func withPeers(from benchmark: PeerBenchmark) throws(AssessmentError) -> Report {
        var copy = self
        copy.peers = benchmark.comparison(for: copy)
        return try copy.sealed()
    }
}
