import Foundation
import TestSupport
import Testing

@Suite struct ScoreCommandTests {
    let library = Repository.fixtures + "/library"
    let answers = Repository.fixtures + "/answers.yaml"

    @Test func jsonReportGoesToStdout() throws {
        let result = try CLIRunner.run(["score", answers, "--questionnaires", library, "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "cyberassess.report/1")
        #expect((json["overall"] as? [String: Any])?["score"] as? Double == 2.19)
    }

    @Test func strictFailsOnUnansweredButStillPrintsTheReport() throws {
        let result = try CLIRunner.run(["score", answers, "--questionnaires", library, "--strict"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("2.19"))
        #expect(result.stderr.contains("1 applicable question is unanswered (--strict): G-6"))
    }

    @Test func outputFileIsWrittenAndNothingElseLeftBehind() throws {
        try withTemporaryDirectory { dir in
            let result = try CLIRunner.run(["score", answers, "--questionnaires", library, "--format", "html", "-o", dir + "/r.html"])
            #expect(result.status == 0)
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["r.html"])
            let html = try String(contentsOfFile: dir + "/r.html", encoding: .utf8)
            #expect(html.contains("Test Council"))
        }
    }

    @Test func targetsFileOverridesDomainTargets() throws {
        try withTemporaryDirectory { dir in
            try "id: stretch\ntitle: Stretch\ndomains: {G-D1: 5, C-D1: 1}\noutcomes: {O-2: achieved}\n".write(toFile: dir + "/t.yaml", atomically: true, encoding: .utf8)
            let result = try CLIRunner.run(["score", answers, "--questionnaires", library, "--targets", dir + "/t.yaml", "--format", "json"])
            #expect(result.status == 0)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect(json["profile"] as? String == "stretch")
            let topics = try #require(json["topics"] as? [[String: Any]])
            let graded = try #require(topics.first { $0["id"] as? String == "graded-test" })
            let d1 = try #require((graded["domains"] as? [[String: Any]])?.first)
            #expect(d1["target"] as? Int == 5)
            #expect(d1["gap"] as? Double == 1.5)
        }
    }

    @Test func badTargetsFileNamesLineAndColumn() throws {
        try withTemporaryDirectory { dir in
            try "id: t\ndomains:\n  G-DX: 4\n".write(toFile: dir + "/t.yaml", atomically: true, encoding: .utf8)
            let result = try CLIRunner.run(["score", answers, "--questionnaires", library, "--targets", dir + "/t.yaml"])
            #expect(result.status == 1)
            #expect(result.stderr == "\(dir)/t.yaml:3:3: domains: unknown domain 'G-DX' (did you mean 'G-D1'?)\n")
        }
    }

    @Test func missingAnswersFileIsAClearError() throws {
        let result = try CLIRunner.run(["score", "/nonexistent/answers.yaml", "--questionnaires", library])
        #expect(result.status == 1)
        #expect(result.stderr == "/nonexistent/answers.yaml: no such file\n")
    }

    @Test func questionnaireGivenAsAnswersIsRefused() throws {
        let result = try CLIRunner.run(["score", library + "/graded.yaml", "--questionnaires", library])
        #expect(result.status == 1)
        #expect(result.stderr.contains("graded.yaml:1:1: expected an answers file (a mapping with 'body' and 'answers'), found a questionnaire"))
    }

    @Test func initWritesATemplateThatValidatesAndScores() throws {
        try withTemporaryDirectory { dir in
            let file = dir + "/answers.yaml"
            let result = try CLIRunner.run(["init", "--questionnaires", library, "--questionnaire", "graded-test",
                                            "--body-id", "E1", "--body-name", "Council <b>", "--period", "2026-27", "--date", "2026-10-01", "-o", file])
            #expect(result.status == 0)
            let text = try String(contentsOfFile: file, encoding: .utf8)
            #expect(text.contains("  # G-1: First question\n  #   none: None (level 0)\n  #   low: Low (level 1)\n"))
            #expect(text.contains("  # G-3: Third question, may not apply\n"))
            #expect(text.contains("  #   na: not applicable (add a justification)\n"))
            #expect(text.contains("  #   only if G-1 is high\n  G-4:\n"))
            #expect(try CLIRunner.run(["validate", file, "--questionnaires", library]).status == 0)
            let scored = try CLIRunner.run(["score", file, "--questionnaires", library, "--format", "json"])
            #expect(scored.status == 0)
            #expect(scored.stdout.contains("\"completeness\" : 0"))
            // init refuses to overwrite answers without --force.
            let again = try CLIRunner.run(["init", "--questionnaires", library, "--body-id", "E1", "--body-name", "X", "--period", "2026-27", "-o", file])
            #expect(again.status == 1)
            #expect(again.stderr.contains("already exists; pass --force"))
        }
    }

    @Test func initWithoutTheBodyIsAUsageError() throws {
        let result = try CLIRunner.run(["init", "--questionnaires", library, "--body-name", "X", "-o", "/tmp/never-written.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("a new answers file needs --body-id, --period"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written.yaml"))
    }
}
