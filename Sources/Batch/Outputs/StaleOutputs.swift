import Assessment
import Foundation
import Platform

/// What a killed batch leaves in its output folder: the hidden temporary files of its
/// outputs (`.summary.csv.tmp-PID-N`) and its folder of pending reports
/// (`reports/.pending-PID/`). Both are named after the process that wrote them, and are
/// removed by the next run once that process is gone; a run still going keeps its own.
enum StaleOutputs {
    static func remove(in folder: String, outputs: [String]) {
        for name in outputs { AtomicFile.removeStaleTemporaries(for: folder + "/" + name) }
        let reports = folder + "/" + BatchWriter.reportsFolder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: reports) else { return }
        for name in names where name.hasPrefix(pendingPrefix) {
            guard let pid = pid_t(name.dropFirst(pendingPrefix.count)), isGone(pid) else { continue }
            try? FileManager.default.removeItem(atPath: reports + "/" + name)
        }
    }

    /// The start of the name of a run's folder of pending reports; the process id follows.
    static let pendingPrefix = ".pending-"

    /// Whether no process has the id `pid`.
    private static func isGone(_ pid: pid_t) -> Bool {
        pid > 0 && kill(pid, 0) != 0 && errno == ESRCH
    }
}
