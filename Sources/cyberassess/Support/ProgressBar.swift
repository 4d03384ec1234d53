import Batch
import Foundation

/// A one-line progress bar on stderr (done/total, rate, ETA), drawn only when stderr is a
/// terminal and at most ten times a second; silent otherwise.
final class ProgressBar {
    private let unit: String
    private let enabled = Terminal.stderrIsTerminal
    private var lastDrawn = -1.0
    private var drawn = false

    init(unit: String) { self.unit = unit }

    func update(_ progress: BatchProgress) {
        guard enabled, progress.done == progress.total || progress.seconds - lastDrawn >= 0.1 else { return }
        lastDrawn = progress.seconds
        drawn = true
        let width = 24
        let fraction = progress.total > 0 ? Double(progress.done) / Double(progress.total) : 1
        let filled = Int(fraction * Double(width))
        let rate = progress.seconds > 0 ? Double(progress.done) / progress.seconds : 0
        let eta = rate > 0 ? Int((Double(progress.total - progress.done) / rate).rounded()) : 0
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let text = "\r[\(bar)] \(progress.done)/\(progress.total) \(unit)  \(Int(rate.rounded())) \(unit)/s  ETA \(eta / 60):\(eta % 60 < 10 ? "0" : "")\(eta % 60)\u{1B}[K"
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Clears the bar so the next message starts on a clean line.
    func finish() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }
}
