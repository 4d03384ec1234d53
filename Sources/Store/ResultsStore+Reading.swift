import Foundation

extension ResultsStore {
    /// Opens an existing store for reading (`trend --db`, `dashboard --db`): a missing file is
    /// refused rather than created, and an empty one is not taken for a store with no runs.
    package init(reading path: String) throws(StoreError) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw .database(path: path, reason: "no such file; write a store first with 'cyberassess batch ... --db \(path)'")
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw .database(path: path, reason: "is not a file; give the SQLite file 'batch --db' wrote")
        }
        guard info.st_size > 0 else {
            throw .database(path: path, reason: "is empty; write a store first with 'cyberassess batch ... --db \(path)'")
        }
        try self.init(path: path, creating: false)
    }
}
