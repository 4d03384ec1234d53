import Foundation

/// The optional stages: the same corpus read by other tools (Python with PyYAML's C loader,
/// Swift with Yams) and whole `cyberassess` commands, each run as a child process.
struct Peers {
    /// The folder holding `python-peer/` and `yams-peer/`.
    let folder: String
    /// Where logs and file lists go.
    let work: String

    /// A child run's median wall seconds and spread, or why it was skipped.
    enum Outcome {
        case measured(seconds: Double, spread: ClosedRange<Double>)
        case skipped(String)
    }

    /// A peer timed in pairs with cyberassess, or why it was skipped.
    enum PairedOutcome {
        case measured(Pairs)
        case skipped(String)
    }

    /// Runs of a peer, each just after a run of cyberassess on the same files, so that both of
    /// a pair see the machine as it was then (its speed drifts by a third within minutes).
    struct Pairs {
        var peer: [Double] = []
        var ours: [Double] = []

        /// The peer's seconds ÷ cyberassess's, pair by pair, sorted.
        var ratios: [Double] { zip(peer, ours).map { $0 / $1 }.sorted() }
    }

    /// Runs `executable arguments` `times` times, each run after one of `ours` (which returns
    /// its wall seconds), failing on a non-zero exit.
    func paired(_ name: String, _ executable: String, _ arguments: [String], stdin: String? = nil, times: Int,
                against ours: () throws -> Double) throws -> PairedOutcome {
        let log = work + "/\(name).log"
        var pairs = Pairs()
        for _ in 0..<max(1, times) {
            pairs.ours.append(try ours())
            let run = try Measure.child(executable, arguments, log: log, stdin: stdin)
            guard run.status == 0 else { throw BenchError("\(name) exited with \(run.status); see \(log)") }
            pairs.peer.append(run.seconds)
        }
        return .measured(pairs)
    }

    /// Runs `executable arguments` `times` times (stdin from `stdin`), failing on a non-zero exit.
    func time(_ name: String, _ executable: String, _ arguments: [String], stdin: String? = nil, times: Int) throws -> Outcome {
        let log = work + "/\(name).log"
        let run = try Measure.median(of: times) { () throws -> Int32 in
            try Measure.child(executable, arguments, log: log, stdin: stdin).status
        }
        guard run.value == 0 else { throw BenchError("\(name) exited with \(run.value); see \(log)") }
        return .measured(seconds: run.seconds, spread: run.spread)
    }

    /// The Python peer: parse with PyYAML's C loader and score by the README's rules.
    func python(files list: String, library: String, times: Int, against ours: () throws -> Double) throws -> PairedOutcome {
        guard let python = Self.which("python3") else { return .skipped("python3 is not on PATH") }
        let probe = try Measure.child(python, ["-c", "import yaml; yaml.CSafeLoader"], log: work + "/python-probe.log")
        guard probe.status == 0 else { return .skipped("PyYAML with its C loader (libyaml) is not installed") }
        return try paired("python-peer", python, [folder + "/python-peer/score.py", library], stdin: list, times: times, against: ours)
    }

    /// The Yams peer: decode into Codable structs, no scoring. Built (release) on request only,
    /// so the main package never depends on Yams.
    func yams(files list: String, build: Bool, times: Int, against ours: () throws -> Double) throws -> PairedOutcome {
        guard build else { return .skipped("not asked for (--yams builds Benchmarks/yams-peer, which needs jpsim/Yams 6.2.2)") }
        let package = folder + "/yams-peer"
        guard let swift = Self.which("swift") else { return .skipped("swift is not on PATH") }
        let built = try Measure.child(swift, ["build", "-c", "release", "--package-path", package], log: work + "/yams-build.log")
        guard built.status == 0 else { return .skipped("Benchmarks/yams-peer did not build; see \(work)/yams-build.log") }
        return try paired("yams-peer", package + "/.build/release/yams-peer", [], stdin: list, times: times, against: ours)
    }

    /// The first executable called `name` on PATH.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
