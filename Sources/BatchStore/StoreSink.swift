import Assessment
import Batch
import Store

/// A batch's sink that keeps every scored body in the SQLite store: the batch's bodies go into
/// one `StoreRun`, committed when the batch finishes and rolled back when it stops on an
/// error, so a failed batch leaves the store as it was. The store's failures reach the batch
/// as output failures naming the store's file.
package final class StoreSink: BatchSink {
    /// The run the batch's bodies go into.
    package let run: StoreRun

    /// Starts a run into `store` (see `StoreRun.init(store:library:anonymised:profile:)`).
    package convenience init(store: ResultsStore, library: Library, anonymised: Bool, profile: String?) throws(StoreError) {
        self.init(run: try StoreRun(store: store, library: library, anonymised: anonymised, profile: profile))
    }

    /// A sink over a run already started.
    package init(run: StoreRun) {
        self.run = run
    }

    /// Hands the body to the store's thread; throws when an earlier insert failed there.
    package func add(_ results: ResultRows, file: String) throws(BatchError) {
        do {
            try run.add(results, file: file)
        } catch {
            throw output(error)
        }
    }

    /// Waits for the store's thread to insert every body, then commits the run with the
    /// batch's counts.
    package func finish(_ result: BatchResult, minGroup: Int) throws(BatchError) {
        do {
            try run.commit(files: result.files, scored: result.scored, failed: result.failed, minGroup: minGroup)
        } catch {
            throw output(error)
        }
    }

    /// Stops the store's thread and rolls the run back.
    package func abandon() {
        run.rollBack()
    }

    /// A store failure as the batch's failure to write its output, the store's file.
    private func output(_ error: StoreError) -> BatchError {
        .output(path: run.store.path, reason: error.description)
    }
}
