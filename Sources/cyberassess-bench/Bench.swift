import ArgumentParser
import Assessment
import Batch
import CyberYAML
import Foundation
import Synthetic

/// The throughput and memory benchmark of `cyberassess batch`. Not a test: run it by hand,
/// from a release build, on a quiet machine.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cyberassess-bench",
        abstract: "Measure batch scoring against a plain libyaml parse loop, and its peak memory at 1,000 and 100,000 bodies.",
        discussion: """
            Generates a seeded corpus of synthetic answers files in a temporary folder and prints, as \
            Markdown: files/s and MB/s of the batch (in process, summary outputs only) with 1 job and \
            with every core; the same for a plain libyaml event loop over the same files; the ratios; \
            where one file's time goes; and the peak RSS of `cyberassess batch` run as a child process \
            for 1,000 and --large-count bodies. Build with -c release first.
            """)

    @Option(help: "Bodies in the throughput corpus.")
    var count = 2000

    @Option(name: .customLong("large-count"), help: "Bodies in the large corpus for the memory figure.")
    var largeCount = 100_000

    @Flag(name: .customLong("skip-large"), help: "Skip the peak-memory runs (they generate and score the large corpus).")
    var skipLarge = false

    @Option(name: .customLong("db-count"), help: "Bodies in the batch --db runs.")
    var dbCount = 10_000

    @Option(name: .customLong("db-pairs"), help: "Pairs of batch runs with and without --db.")
    var dbPairs = 3

    @Flag(name: .customLong("skip-db"), help: "Skip the batch --db runs.")
    var skipDB = false

    @Option(help: "Seed of the synthetic bodies.")
    var seed: UInt64 = 42

    @Option(help: "Median of this many runs for each throughput figure and whole command.")
    var repeats = 3

    @Option(name: .customLong("report-count"), help: "Bodies in the per-body reports run (batch --reports json,html).")
    var reportCount = 1000

    @Option(help: "Runs of a single `score --format html` of the demo council (whole process).")
    var singles = 9

    @Option(help: "The folder holding python-peer/ and yams-peer/.")
    var peers = "Benchmarks"

    @Flag(name: .customLong("skip-python"), help: "Skip the Python peer (it is skipped anyway when python3 or PyYAML is missing).")
    var skipPython = false

    @Flag(help: "Build Benchmarks/yams-peer (release, needs jpsim/Yams 6.2.2) and measure the Yams peer.")
    var yams = false

    @Option(name: .customLong("jobs"), help: "Jobs for the all-cores runs (default: every core).")
    var jobsOption: Int?

    var jobs: Int { jobsOption ?? ProcessInfo.processInfo.activeProcessorCount }

    @Option(name: .customLong("questionnaires"), help: "The questionnaire library (default: questionnaires/ in the working folder, the repository root).")
    var questionnaires = "questionnaires"

    @Option(help: "The cyberassess executable for the memory runs (default: beside this one).")
    var cli: String?

    @Option(help: "Working folder (default: a new temporary folder, removed afterwards).")
    var work: String?

    @Flag(help: "Keep the working folder.")
    var keep = false

    func run() throws {
        let libraryFolder = questionnaires
        let library = try Library.loadStrict(directory: libraryFolder)
        let folder = work ?? NSTemporaryDirectory() + "cyberassess-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { if !keep, work == nil { try? FileManager.default.removeItem(atPath: folder) } }
        let generator = SyntheticBodies(library: library, seed: seed)
        let cores = ProcessInfo.processInfo.activeProcessorCount

        note("generating \(count) bodies (seed \(seed)) in \(folder)")
        let (generateSeconds, paths, _) = try Measure.best(of: 1) { try generator.write(count: count, to: folder + "/corpus", durable: false) }
        let corpus = try paths.map { try FileBytes.read($0, limits: .default) }
        let bytes = corpus.reduce(0) { $0 + $1.count }
        let inputs = BatchInputs(files: paths)

        note("libyaml event loop")
        let rawRead = Measure.median(of: repeats) { paths.reduce(0) { $0 + ((try? EventCounter.count(FileBytes.read($1, limits: .default))) ?? nil ?? 0) } }
        let rawMemory = Measure.median(of: repeats) { corpus.reduce(0) { $0 + (EventCounter.count($1) ?? 0) } }
        // The same loop on every core: how far this machine itself scales, the ceiling of the
        // batch's own jobs ratio.
        let rawAll = Measure.median(of: repeats) { () -> Int in
            DispatchQueue.concurrentPerform(iterations: jobs) { part in
                for i in stride(from: part, to: paths.count, by: jobs) { _ = try? EventCounter.count(FileBytes.read(paths[i], limits: .default)) }
            }
            return paths.count
        }

        note("where one file's time goes (1 thread)")
        let stages = try Stages.measure(corpus, paths: paths, library: library)

        note("batch, 1 job")
        let one = try Measure.median(of: repeats) { try batch(inputs, library: library, jobs: 1, out: folder + "/out-1") }
        note("batch, \(jobs) jobs")
        let all = try Measure.median(of: repeats) { try batch(inputs, library: library, jobs: jobs, out: folder + "/out-\(jobs)") }
        guard one.value.scored == count, all.value.scored == count else {
            throw BenchError("the batch scored \(one.value.scored) and \(all.value.scored) of \(count) bodies; see \(folder)/out-1/errors.csv")
        }
        let reportBodies = min(reportCount, count)
        note("batch --reports json,html, \(jobs) jobs, \(reportBodies) bodies")
        // Each run writes into a folder of its own, as a region's run for a new period does;
        // replacing an earlier run's reports costs what the file system takes to free them.
        var reportRun = 0
        let withReports = try Measure.median(of: repeats) {
            reportRun += 1
            return try batch(BatchInputs(files: Array(paths.prefix(reportBodies))), library: library, jobs: jobs, out: folder + "/out-reports-\(reportRun)", withReports: true)
        }

        let mb = Double(bytes) / 1_000_000
        func row(_ name: String, _ run: (seconds: Double, value: some Any, cpu: Double, spread: ClosedRange<Double>)) -> String {
            "| \(name) | \(fmt(Double(count) / run.seconds, 0)) | \(fmt(mb / run.seconds, 1)) | \(fmt(run.seconds, 2)) | \(fmt(run.spread.lowerBound, 2))–\(fmt(run.spread.upperBound, 2)) | \(fmt(run.cpu, 2)) |"
        }
        let reportRate = Double(reportBodies) / withReports.seconds
        var out = """
            ## cyberassess batch benchmark

            \(count) synthetic bodies (seed \(seed)), \(fmt(mb, 1)) MB of YAML (\(fmt(Double(bytes) / Double(count) / 1000, 1)) kB each), \
            \(cores) cores, load average \(loadAverage()) at the start; median of \(repeats) runs (the range \
            shows the fastest and slowest). Generating the corpus took \(fmt(generateSeconds, 1)) s.

            | Run | files/s | MB/s | median wall s | range s | CPU s |
            |---|---:|---:|---:|---:|---:|
            \(row("libyaml event loop, read + parse (1 thread)", rawRead))
            \(row("libyaml event loop, bytes in memory (1 thread)", rawMemory))
            \(row("libyaml event loop, read + parse (\(jobs) threads)", rawAll))
            \(row("batch, 1 job", one))
            \(row("batch, \(jobs) jobs", all))

            - batch 1 job ÷ libyaml loop (read + parse): **\(fmt(rawRead.seconds / one.seconds, 3))×** (target ≥ 0.5×)
            - batch 1 job ÷ libyaml loop (bytes in memory): \(fmt(rawMemory.seconds / one.seconds, 3))×
            - batch \(jobs) jobs ÷ batch 1 job: **\(fmt(one.seconds / all.seconds, 2))×** (target ≥ 1.7× on 2 cores); \
            the libyaml loop itself on \(jobs) threads ÷ 1: \(fmt(rawRead.seconds / rawAll.seconds, 2))× (this machine's own scaling)
            - batch --reports json,html, \(jobs) jobs, \(reportBodies) bodies: **\(fmt(reportRate, 0)) files/s** \
            (median \(fmt(withReports.seconds, 2)) s, range \(fmt(withReports.spread.lowerBound, 2))–\(fmt(withReports.spread.upperBound, 2)) s; \
            target ≥ 400), **\(fmt(reportRate / Self.oldHTMLRate, 1))×** the \(fmt(Self.oldHTMLRate, 0)) files/s of `--reports html` \
            before (\(fmt(reportRate / Self.oldJSONRate, 1))× the \(fmt(Self.oldJSONRate, 0)) of `--reports json`; target ≥ 10×)

            \(stages.table)

            """
        print(out)
        fflush(nil)  // flush stdout before the long runs

        let executable = cli ?? Bundle.main.executableURL!.deletingLastPathComponent().appendingPathComponent("cyberassess").path
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw BenchError("\(executable) not found; build it (swift build -c release) or pass --cli")
        }
        print(try wholeCommands(paths: paths, corpus: folder + "/corpus", executable: executable, library: libraryFolder, folder: folder))
        fflush(nil)
        if !skipDB {
            note("batch with and without --db, \(dbCount) bodies, \(dbPairs) pairs")
            print(try StoreRuns.measure(generator, bodies: dbCount, pairs: dbPairs, executable: executable, library: libraryFolder, folder: folder).table)
            fflush(nil)
        }

        guard !skipLarge else { return }
        let smallCount = min(1000, largeCount)
        note("generating \(largeCount) bodies for the memory runs")
        let large = folder + "/large"
        let largeStart = Measure.now()
        let largePaths = try generator.write(count: largeCount, to: large + "/all", durable: false)
        note("generated in \(fmt(Measure.now() - largeStart, 0)) s")
        let small = large + "/first-\(smallCount)"
        try FileManager.default.createDirectory(atPath: small, withIntermediateDirectories: true)
        for path in largePaths.prefix(smallCount) {
            let name = (path as NSString).lastPathComponent
            if link(path, small + "/" + name) != 0, errno != EEXIST { throw BenchError("cannot link \(path)") }
        }
        var runs: [(Int, Measure.ChildRun)] = []
        for (n, input) in [(smallCount, small), (largeCount, large + "/all")] {
            note("cyberassess batch on \(n) bodies (child process)")
            let run = try Measure.child(executable, ["batch", input, "--out", folder + "/rss-\(n)", "--questionnaires", libraryFolder], log: folder + "/rss-\(n).log", sampleMemory: true)
            guard run.status == 0 else { throw BenchError("cyberassess batch exited with \(run.status); see \(folder)/rss-\(n).log") }
            runs.append((n, run))
        }
        let ratio = Double(runs[1].1.peakRSS) / Double(runs[0].1.peakRSS)
        out = """
            | Bodies | Peak RSS | Wall time | files/s |
            |---:|---:|---:|---:|
            \(runs.map { "| \($0.0) | \(fmt(Double($0.1.peakRSS) / 1_048_576, 1)) MiB | \(fmt($0.1.seconds, 1)) s | \(fmt(Double($0.0) / $0.1.seconds, 0)) |" }.joined(separator: "\n"))

            - peak RSS at \(largeCount) ÷ at \(smallCount): **\(fmt(ratio, 2))×** (target ≤ 1.5×), \
            read from the child's VmHWM. Summary rows stream to disk and are never held, so nothing is \
            excluded. What grows with the number of bodies: the input list (about 30 bytes per file), \
            the duplicate check (about 25 bytes per body and period), and the benchmark's score \
            distributions, which fill up to at most 100 × scale + 1 values per score and group and then \
            stop growing.
            """
        print(out)
    }

    /// Runs a batch in process; `withReports` writes each body's JSON and HTML report.
    func batch(_ inputs: BatchInputs, library: Library, jobs: Int, out: String, withReports: Bool = false) throws -> BatchResult {
        var options = BatchOptions(outputFolder: out, jobs: jobs)
        if withReports { options.reportFormats = [.json, .html] }
        return try BatchRunner(library: library, options: options).run(inputs)
    }

    /// `batch --reports html` and `--reports json` files/s on 2 jobs before the reports were
    /// written by code (issue 17's measurements).
    static let oldHTMLRate = 38.0
    static let oldJSONRate = 119.0

    /// The peers and a single `score`, each a whole process; each peer run follows a run of
    /// `cyberassess batch --jobs 1` on the same files, as a whole process too.
    func wholeCommands(paths: [String], corpus: String, executable: String, library: String, folder: String) throws -> String {
        let peers = Peers(folder: self.peers, work: folder)
        let list = folder + "/corpus.txt"
        try Data((paths.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: list))
        note("a single score --format html of the demo council, \(singles) times")
        let demo = (library as NSString).appendingPathComponent("examples/demo-council.yaml")
        let single = try peers.time("score-demo", executable, ["score", demo, "--format", "html", "-o", folder + "/demo.html", "--force", "--questionnaires", library], times: singles)
        var ourRun = 0
        let ours = { () throws -> Double in
            ourRun += 1
            let run = try Measure.child(executable, ["batch", corpus, "--jobs", "1", "--out", folder + "/paired-\(ourRun)", "--questionnaires", library],
                                        log: folder + "/paired.log")
            guard run.status == 0 else { throw BenchError("cyberassess batch exited with \(run.status); see \(folder)/paired.log") }
            return run.seconds
        }
        note("Python peer, \(repeats) runs, each after one of cyberassess batch --jobs 1")
        let python = skipPython ? .skipped("--skip-python") : try peers.python(files: list, library: library, times: repeats, against: ours)
        note("Yams peer, \(repeats) runs, each after one of cyberassess batch --jobs 1")
        let yamsPeer = try peers.yams(files: list, build: yams, times: repeats, against: ours)
        func line(_ name: String, _ outcome: Peers.PairedOutcome, target: Double) -> String {
            switch outcome {
            case .skipped(let why): return "- \(name): skipped (\(why))"
            case .measured(let pairs):
                let (peer, mine, ratios) = (Measure.median(pairs.peer), Measure.median(pairs.ours), pairs.ratios)
                return "- \(name): \(fmt(peer, 2)) s, \(fmt(Double(paths.count) / peer, 0)) files/s; `cyberassess batch --jobs 1` just before each run: " +
                    "\(fmt(mine, 2)) s, \(fmt(Double(paths.count) / mine, 0)) files/s; cyberassess is **\(fmt(Measure.median(ratios), 1))×** as fast, " +
                    "median of \(ratios.count) pairs (range \(fmt(ratios.first!, 1))–\(fmt(ratios.last!, 1))×; target ≥ \(fmt(target, 0))×)"
            }
        }
        var singleLine = "- a single `cyberassess score --format html` of the demo council, whole process: "
        if case .measured(let seconds, let spread) = single {
            singleLine += "**\(fmt(seconds * 1000, 0)) ms** median of \(singles) (\(fmt(spread.lowerBound * 1000, 0))–\(fmt(spread.upperBound * 1000, 0)) ms; target < 50 ms)"
        }
        return """
            Whole processes on the same \(paths.count) bodies:

            \(line("Python, PyYAML's C loader, parse and score", python, target: 10))
            \(line("Swift, Yams decoding into Codable structs, no scoring", yamsPeer, target: 20))
            \(singleLine)

            """
    }

    func note(_ text: String) {
        FileHandle.standardError.write(Data("bench: \(text)\n".utf8))
    }

    func loadAverage() -> String {
        var loads = [Double](repeating: 0, count: 3)
        return getloadavg(&loads, 3) == 3 ? loads.map { fmt($0, 2) }.joined(separator: " ") : "unknown"
    }
}

/// A number with a fixed count of decimals.
func fmt(_ value: Double, _ decimals: Int) -> String {
    String(format: "%.\(decimals)f", value)
}
