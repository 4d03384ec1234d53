import Foundation
import Synthetic

/// `cyberassess batch` with and without `--db` on the same bodies, as whole processes on every
/// core, run in pairs so that both see the same machine: the figure of "the store must not
/// halve batch speed".
struct StoreRuns {
    var bodies: Int
    var plain: [Double] = []
    var store: [Double] = []

    /// Generates `bodies` bodies under `folder` and times `pairs` pairs of runs.
    static func measure(_ generator: SyntheticBodies, bodies: Int, pairs: Int, executable: String, library: String, folder: String) throws -> StoreRuns {
        let corpus = folder + "/store-corpus"
        _ = try generator.write(count: bodies, to: corpus, durable: false)
        var runs = StoreRuns(bodies: bodies)
        for pair in 0..<pairs {
            let out = folder + "/store-out-\(pair)", db = folder + "/store-\(pair).sqlite"
            let plain = try Measure.child(executable, ["batch", corpus, "--out", out + "-plain", "--questionnaires", library], log: folder + "/store-plain.log")
            let stored = try Measure.child(executable, ["batch", corpus, "--out", out + "-db", "--db", db, "--questionnaires", library], log: folder + "/store-db.log")
            guard plain.status == 0, stored.status == 0 else {
                throw BenchError("cyberassess batch exited with \(plain.status) and, with --db, \(stored.status); see \(folder)/store-*.log")
            }
            runs.plain.append(plain.seconds)
            runs.store.append(stored.seconds)
            try? FileManager.default.removeItem(atPath: db)
        }
        return runs
    }

    var table: String {
        let ratios = zip(store, plain).map { $0 / $1 }
        return """
            `batch` with and without `--db`, \(bodies) bodies, every core, whole processes, \(plain.count) pairs:

            | Run | median wall s | range s | files/s |
            |---|---:|---:|---:|
            | batch | \(fmt(Measure.median(plain), 2)) | \(fmt(plain.min()!, 2))–\(fmt(plain.max()!, 2)) | \(fmt(Double(bodies) / Measure.median(plain), 0)) |
            | batch --db | \(fmt(Measure.median(store), 2)) | \(fmt(store.min()!, 2))–\(fmt(store.max()!, 2)) | \(fmt(Double(bodies) / Measure.median(store), 0)) |

            - batch --db ÷ batch, wall time: **\(fmt(Measure.median(ratios), 2))×** median of the pairs (range \(fmt(ratios.min()!, 2))–\(fmt(ratios.max()!, 2))×; target ≤ 2×, the store must not halve batch speed)

            """
    }
}
