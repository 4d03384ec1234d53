import Foundation
import Platform

/// The reports of an earlier run that a batch replaces, removed on several threads at once.
///
/// Renaming a new report over an old one frees the old file inside `rename`, while the kernel
/// holds the lock that serialises renames between folders; on a file system mounted with
/// `discard` (as on many virtual machines) freeing waits for the device to discard the
/// blocks, so publishing thousands of reports waited for thousands of discards one after
/// another. Each old report is first given a second name in a folder of its own, so the
/// rename only drops a name; the old files are then unlinked on several threads, outside any
/// rename lock, and their discards overlap.
struct ReplacedReports {
    /// Where the old reports' second names go (inside the run's pending folder, so on the same
    /// file system, and removed with it by a later run if this one is killed).
    let folder: String
    private var kept = 0
    private var folderMade = false

    init(folder: String) { self.folder = folder }

    /// Gives the file at `path`, if there is one, a second name before it is replaced. A file
    /// that cannot be linked is simply freed by the rename that replaces it, as before.
    mutating func keep(_ path: String) {
        if !folderMade {
            folderMade = mkdir(folder, 0o700) == 0 || errno == EEXIST
            guard folderMade else { return }
        }
        if link(path, folder + "/\(kept)") == 0 { kept += 1 }
    }

    /// Unlinks every kept file on up to `threads` threads and removes the folder. Nothing here
    /// can fail the batch: a file left behind goes with the pending folder.
    func removeAll(threads: Int = 8) {
        guard folderMade else { return }
        let threads = max(1, min(threads, kept / 16))
        let folder = folder
        let kept = kept
        let unlinkShare: @Sendable (Int) -> Void = { share in
            for index in stride(from: share, to: kept, by: threads) { unlink(folder + "/\(index)") }
        }
        let done = DispatchSemaphore(value: 0)
        var started = 0
        for share in 1..<threads {
            guard ThreadStarter.system.start({ unlinkShare(share); done.signal() }) else { unlinkShare(share); continue }
            started += 1
        }
        unlinkShare(0)
        for _ in 0..<started { done.wait() }
        rmdir(folder)
    }
}
