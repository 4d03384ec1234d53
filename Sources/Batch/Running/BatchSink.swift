import Assessment

/// Something that keeps every scored body of a batch beside the batch's own files, such as
/// the SQLite store. A batch given a sink scores each body with its questions and
/// recommendations (still without building the report, unless per-body reports are asked for).
///
/// Calls come on the batch's writer thread, in input order. Nothing a sink receives counts
/// until `finish`: a batch that stops with an error never calls it, and the sink is then
/// expected to leave no trace (see `abandon`).
package protocol BatchSink {
    /// Receives one scored body (duplicates of an earlier body and period are not passed on).
    func add(_ results: ResultRows, file: String) throws(BatchError)
    /// Called once every other output is written; the sink makes what it received permanent.
    func finish(_ result: BatchResult, minGroup: Int) throws(BatchError)
    /// Called when the batch stops with an error: the sink discards what it received.
    func abandon()
}
