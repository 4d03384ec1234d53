import Foundation
import TestSupport
import Testing

/// `verify` says what each check found, checks peer figures against a benchmark when given
/// one and says plainly when it did not, and reads a benchmark under the input size limit.
@Suite struct VerifyOutcomeTests {
    let library = Repository.root + "/questionnaires"
    let demo = Repository.root + "/questionnaires/examples/demo-council.yaml"

    let scratch: TemporaryFolder

    init() throws { scratch = try TemporaryFolder() }

    /// A benchmark of three generated bodies and the demo report scored against it.
    func reportWithPeers() throws -> (dir: String, report: String, benchmark: String) {
        let dir = try scratch.subfolder()
        #expect(try CLIRunner.run(["generate", "--count", "3", "--seed", "5", "--out", dir + "/bodies", "--questionnaires", library]).status == 0)
        #expect(try CLIRunner.run(["batch", dir + "/bodies", "--out", dir + "/out", "--questionnaires", library]).status == 0)
        let report = dir + "/report.json"
        let scored = try CLIRunner.run(["score", demo, "--benchmark", dir + "/out/benchmark.json", "--format", "json", "-o", report, "--questionnaires", library])
        try #require(scored.status == 0, "\(scored.stderr)")
        return (dir, report, dir + "/out/benchmark.json")
    }

    /// Rewrites a JSON file after `change`.
    func edit(_ path: String, _ change: (inout [String: Any]) -> Void) throws {
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        change(&json)
        try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]).write(to: URL(fileURLWithPath: path))
    }

    @Test func failedChecksArePhrasedAsFailures() throws {
        let dirFolder = try TemporaryFolder()
        let dir = dirFolder.path
        let report = dir + "/report.json"
        #expect(try CLIRunner.run(["score", demo, "--questionnaires", library, "--format", "json", "-o", report]).status == 0)
        try edit(report) { json in
            var overall = json["overall"] as! [String: Any]
            overall["score"] = 4.9
            json["overall"] = overall
        }
        let result = try CLIRunner.run(["verify", report, "--answers", demo, "--questionnaires", library])
        #expect(result.status == 1)
        #expect(result.stdout.hasSuffix("""
            checked:
              - digest does NOT match the report's content
              - answers SHA-256 matches the provenance
              - questionnaire SHA-256s match the library
              - content does NOT match the answers scored again

            """))
    }

    @Test func withoutABenchmarkPeerFiguresAreSaidToBeUnchecked() throws {
        let (_, report, _) = try reportWithPeers()
        let result = try CLIRunner.run(["verify", report, "--answers", demo, "--questionnaires", library])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.hasSuffix("""
            not checked:
              - peer figures (percentiles, peer medians and quartiles): they come from a benchmark, not from the answers; pass --benchmark FILE to check them

            """))
    }

    @Test func benchmarkChecksPeerFigures() throws {
        let (_, report, benchmark) = try reportWithPeers()
        let result = try CLIRunner.run(["verify", report, "--answers", demo, "--benchmark", benchmark, "--questionnaires", library])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("  - peer figures match \(benchmark)\n"))
        #expect(!result.stdout.contains("not checked"))
    }

    @Test func editedPeerFiguresAreNamed() throws {
        let (_, report, benchmark) = try reportWithPeers()
        try edit(report) { json in
            var peers = json["peers"] as! [String: Any]
            var figures = peers["figures"] as! [[String: Any]]
            figures[0]["median"] = 4.75
            peers["figures"] = figures
            json["peers"] = peers
        }
        let result = try CLIRunner.run(["verify", report, "--benchmark", benchmark])
        #expect(result.status == 1)
        #expect(result.stdout.contains("  - peers.figures[cyber-resilience].median: report says 4.75, the benchmark gives "), "\(result.stdout)")
        #expect(result.stdout.contains("  - peer figures do NOT match \(benchmark)\n"))
    }

    @Test func oversizedBenchmarkIsRefusedBeforeItIsRead() throws {
        let dirFolder = try TemporaryFolder()
        let dir = dirFolder.path
        let big = dir + "/benchmark.json"
        #expect(FileManager.default.createFile(atPath: big, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: big))
        try handle.truncate(atOffset: 9 << 20)
        try handle.close()
        let result = try CLIRunner.run(["score", demo, "--benchmark", big, "--questionnaires", library])
        #expect(result.status == 1)
        #expect(result.stderr == "\(big): file is \(9 << 20) bytes, more than the limit of \(8 << 20) bytes; split it or raise the limit\n")
    }

    @Test func oversizedSignedReportIsRefusedBeforeItIsRead() throws {
        let dirFolder = try TemporaryFolder()
        let dir = dirFolder.path
        let report = dir + "/report.json"
        #expect(try CLIRunner.run(["score", demo, "--questionnaires", library, "--format", "json", "-o", report]).status == 0)
        #expect(try CLIRunner.run(["keygen", "--out-private", dir + "/k", "--out-public", dir + "/k.pub"]).status == 0)
        #expect(try CLIRunner.run(["sign", report, "--key", dir + "/k"]).status == 0)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: report))
        try handle.truncate(atOffset: 9 << 20)
        try handle.close()
        let result = try CLIRunner.run(["verify", report, "--public-key", dir + "/k.pub"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("  - signature: \(report): file is \(9 << 20) bytes, more than the limit of \(8 << 20) bytes"), "\(result.stdout)")
    }
}
