import Foundation
import TestSupport
import Testing

@Suite struct BatchCommandTests {
    let library = Repository.questionnaires

    /// Runs `test` with a temporary folder `dir` holding three generated bodies in `dir/bodies`.
    func withBodies(_ test: (String) throws -> Void) throws {
        try withTemporaryDirectory { dir in
            let result = try CLIRunner.run(["generate", "--count", "3", "--seed", "5", "--out", dir + "/bodies", "--questionnaires", library])
            #expect(result.status == 0)
            #expect(result.stderr == "wrote 3 answers files to \(dir)/bodies/ (seed 5)\n")
            try test(dir)
        }
    }

    @Test func allScoredExitsZero() throws {
        try withBodies { dir in
            let result = try CLIRunner.run(["batch", dir + "/bodies", "--out", dir + "/out", "--jobs", "2", "--reports", "json,md", "--questionnaires", library])
            #expect(result.status == 0)
            #expect(result.stdout == "")
            #expect(result.stderr.hasPrefix("3 of 3 files scored in "))
            #expect(result.stderr.hasSuffix("; 6 reports; outputs in \(dir)/out/\n"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/out").sorted() == ["benchmark.json", "errors.csv", "reports", "summary.csv", "summary.jsonl"])
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/out/reports/2026-27").count == 6)
        }
    }

    @Test func someFailedExitsOneWithTheCount() throws {
        try withBodies { dir in
            try "body: [unclosed\n".write(toFile: dir + "/bodies/bad.yaml", atomically: true, encoding: .utf8)
            let result = try CLIRunner.run(["batch", dir + "/bodies", "--out", dir + "/out", "--questionnaires", library])
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("3 of 4 files scored in "))
            #expect(result.stderr.hasSuffix("\n1 file failed; see \(dir)/out/errors.csv\n"))
            let errors = try String(contentsOfFile: dir + "/out/errors.csv", encoding: .utf8)
            #expect(errors.hasPrefix("file,line,column,message\r\n\(dir)/bodies/bad.yaml,2,1,"))
        }
    }

    @Test func usageErrorsExitTwo() throws {
        try withBodies { dir in
            for arguments in [
                ["batch", dir + "/bodies"],
                ["batch", dir + "/nowhere", "--out", dir + "/out"],
                ["batch", dir + "/bodies", "--out", dir + "/out", "--jobs", "0"],
                ["batch", dir + "/bodies", "--out", dir + "/out", "--reports", "json,pdf"],
                ["batch", dir + "/bodies", "--out", dir + "/bodies/" + (try FileManager.default.contentsOfDirectory(atPath: dir + "/bodies")[0])],
                ["generate", "--count", "0", "--out", dir + "/more"],
            ] {
                let result = try CLIRunner.run(arguments + ["--questionnaires", library])
                #expect(result.status == 2, "\(arguments.joined(separator: " ")): \(result.stderr)")
            }
            #expect(!FileManager.default.fileExists(atPath: dir + "/out"))
        }
    }

    @Test func scoreWithBenchmarkAddsPeerFigures() throws {
        try withBodies { dir in
            #expect(try CLIRunner.run(["batch", dir + "/bodies", "--out", dir + "/out", "--questionnaires", library]).status == 0)
            let result = try CLIRunner.run(["score", library + "/examples/demo-council.yaml", "--benchmark", dir + "/out/benchmark.json", "--format", "json", "--questionnaires", library])
            #expect(result.status == 0)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let peers = try #require(json["peers"] as? [String: Any])
            #expect(peers["bodies"] as? Int == 3)
            #expect((peers["overall"] as? [String: Any])?["key"] as? String == "overall")
            let keys = (peers["figures"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? String }
            #expect(keys.prefix(3) == ["cyber-resilience", "RES-GOV", "RES-RSK"])
            #expect(keys.count == 4 + 26)
            let html = try CLIRunner.run(["score", library + "/examples/demo-council.yaml", "--benchmark", dir + "/out/benchmark.json", "--format", "html", "--questionnaires", library])
            #expect(html.stdout.contains("Compared with 3 bodies."))
        }
    }
}
