import Assessment
import Audit
import Foundation

extension ResultsStore {
    /// The first bytes of every SQLite database file.
    static let header = Array("SQLite format 3\0".utf8)

    /// Whether the file at `path` is an SQLite database (by its header), so that a command
    /// given a file can tell a store from a `benchmark.json`.
    package static func isStore(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: header.count)).map { Array($0) == header } ?? false
    }

    /// The peer benchmark of one period (default: the latest), as `batch` writes it to
    /// benchmark.json from the same bodies: what `score --benchmark FILE.sqlite` compares with.
    /// Groups smaller than `minGroup` are suppressed (default: 5 for anonymised stores, else 1,
    /// as in `batch`).
    package func peerBenchmark(period: String? = nil, minGroup: Int? = nil) throws(StoreError) -> PeerBenchmark {
        let snapshot = try snapshot(period: period, top: 0)
        var aggregator = PeerAggregator()
        for entry in snapshot.entries {
            aggregator.add(.init(type: entry.type, region: entry.region, period: snapshot.period,
                                 overall: entry.overall, topics: entry.topics, domains: entry.domains))
        }
        return aggregator.benchmark(anonymised: snapshot.anonymised, minGroup: max(1, minGroup ?? (snapshot.anonymised ? 5 : 1)))
    }
}
