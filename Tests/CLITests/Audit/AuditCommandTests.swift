import Foundation
import TestSupport
import Testing

/// `compare`, `verify`, `sign` and `keygen` as an auditor runs them.
@Suite struct AuditCommandTests {
    let library = Repository.questionnaires
    let demo = Repository.demoAnswers

    /// The demo report as JSON, and next year's answers with backups gone from RES-REC-01
    /// (and `comment` as its new comment).
    func yearOnYear(in dir: String, comment: String = "The backup contract lapsed in May.") throws -> (report: String, answers: String) {
        let report = dir + "/2026.json"
        let scored = try CLIRunner.run(["score", demo, "--questionnaires", library, "--format", "json", "-o", report])
        try #require(scored.status == 0, "\(scored.stderr)")
        let old = """
                answer: critical
                comment: "Microsoft 365 has been backed up with a third-party service since April 2026."
            """
        let text = try String(contentsOfFile: demo, encoding: .utf8)
        try #require(text.contains(old))
        let answers = dir + "/2027.yaml"
        try text.replacingOccurrences(of: old, with: "    answer: none\n    comment: \"\(comment)\"")
            .write(toFile: answers, atomically: true, encoding: .utf8)
        return (report, answers)
    }

    // MARK: - compare

    @Test func regressionFailsAndNamesTheDomain() throws {
        try withTemporaryDirectory { dir in
            let (report, answers) = try yearOnYear(in: dir)
            let result = try CLIRunner.run(["compare", report, answers, "--questionnaires", library, "--fail-on", "regression"])
            #expect(result.status == 1)
            #expect(result.stderr == """
                4 regressions (--fail-on regression):
                  cyber-resilience (Cyber resilience): topic score 2.29 → 2.19
                  cyber-resilience (Cyber resilience): topic weakest link 1 → 0
                  RES-REC (Backups and recovery): domain score 1.38 → 0.81
                  RES-REC (Backups and recovery): domain weakest link 1 → 0

                """)
            #expect(result.stdout.hasPrefix("Comparison: Before, Demo District Council 2026-27 → After, Demo District Council 2026-27\n\nComparability\n  100% of questions in common"))
            #expect(result.stdout.contains("  - RES-REC (Backups and recovery): domain score 1.38 → 0.81\n"))

            let plain = try CLIRunner.run(["compare", report, answers, "--questionnaires", library])
            #expect(plain.status == 0)
            #expect(plain.stderr == "")
        }
    }

    @Test func thresholdGatesOnTheSizeOfADomainDrop() throws {
        try withTemporaryDirectory { dir in
            let (report, answers) = try yearOnYear(in: dir)
            let over = try CLIRunner.run(["compare", report, answers, "--questionnaires", library, "--threshold", "0.5", "--format", "json"])
            #expect(over.status == 1)
            #expect(over.stderr == "domain score drop of more than 0.5 (--threshold):\n  RES-REC (Backups and recovery): domain score 1.38 → 0.81\n")
            let under = try CLIRunner.run(["compare", report, answers, "--questionnaires", library, "--threshold", "0.6", "--format", "json"])
            #expect(under.status == 0)
            #expect(under.stdout == over.stdout)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(under.stdout.utf8)) as? [String: Any])
            #expect(json["schema"] as? String == "cyberassess.comparison/1")
            #expect((json["regressions"] as? [Any])?.count == 4)
        }
    }

    @Test func questionnaireVersionChangeShowsAddedAndRemovedWithoutRegressions() throws {
        try withTemporaryDirectory { dir in
            var reports: [String] = []
            for (version, alpha, answers) in [("1.0.0", ["MIN-A-01", "MIN-A-02", "MIN-A-03"], Self.answersV1), ("2.0.0", ["MIN-A-01", "MIN-A-02", "MIN-A-04"], Self.answersV2)] {
                let lib = dir + "/lib-" + version
                try FileManager.default.createDirectory(atPath: lib, withIntermediateDirectories: true)
                try Self.questionnaire(version: version, alpha: alpha).write(toFile: lib + "/mini.yaml", atomically: true, encoding: .utf8)
                try answers.write(toFile: dir + "/answers-\(version).yaml", atomically: true, encoding: .utf8)
                let report = dir + "/report-\(version).json"
                let scored = try CLIRunner.run(["score", dir + "/answers-\(version).yaml", "--questionnaires", lib, "--format", "json", "-o", report])
                try #require(scored.status == 0, "\(scored.stderr)")
                reports.append(report)
            }
            let result = try CLIRunner.run(["compare", reports[0], reports[1], "--fail-on", "regression", "--format", "md"])
            #expect(result.status == 0)
            #expect(result.stderr == "warning: weak comparison: only 3 of 5 questions are in both reports (60%, below 80%); scores may not compare like for like\n")
            #expect(result.stdout.contains("""
                ## Comparability

                60% of questions in common (3 in both, 1 only in Before, 1 only in After; weak below 80%).

                Weak comparison: too few questions are shared for the scores to compare like for like.

                Questionnaire versions changed: mini 1.0.0 → 2.0.0.
                """))
            #expect(result.stdout.contains("## Regressions\n\nNone: no like-for-like domain or topic score or weakest link went down.\n"))
            #expect(result.stdout.contains("Added (only in After): 1\n\n- MIN-A-04 (MIN-A): None \\[none\\] (level 0)\n"))
            #expect(result.stdout.contains("Removed (only in Before): 1\n\n- MIN-A-03 (MIN-A): Full \\[full\\] (level 3)\n"))
            #expect(result.stdout.contains("| &nbsp;&nbsp;Alpha (MIN-A) | 2.33 | 1.33 | -1.00 | 1 → 0 | not like for like; questions +1 −1 |"))
        }
    }

    @Test func htmlEscapesEveryInputString() throws {
        try withTemporaryDirectory { dir in
            let (report, answers) = try yearOnYear(in: dir, comment: "<script>alert('x')</script> & \\\"more\\\"")
            let out = dir + "/comparison.html"
            let result = try CLIRunner.run(["compare", report, answers, "--questionnaires", library, "--format", "html", "-o", out])
            #expect(result.status == 0)
            #expect(result.stderr == "wrote \(out)\n")
            let html = try String(contentsOfFile: out, encoding: .utf8)
            #expect(html.hasPrefix("<!DOCTYPE html>"))
            #expect(!html.contains("<script"))
            #expect(html.contains("After comment: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;"))
            #expect(!html.contains("src=") && !html.contains("href="))
        }
    }

    @Test func aReviewIsLabelledAndLabelsCanBeGiven() throws {
        let cycle = Repository.reportExamples + "/cycle"
        let review = try CLIRunner.run(["compare", cycle + "/council.yaml", cycle + "/council.review.yaml", "--questionnaires", library, "--format", "md"])
        #expect(review.status == 0)
        #expect(review.stdout.hasPrefix("# Comparison: Self-assessment, Demo District Council 2026-27 → Assurance review, Demo District Council 2026-27\n"))
        let named = try CLIRunner.run(["compare", cycle + "/council.yaml", cycle + "/council.review.yaml", "--questionnaires", library, "--format", "json",
                                       "--before-label", "Council <self>", "--after-label", "Internal audit"])
        #expect(named.status == 0)
        #expect(named.stdout.contains("\"label\" : \"Council <self>\""))
        #expect(named.stdout.contains("\"label\" : \"Internal audit\""))
        #expect(try CLIRunner.run(["compare", "a.json", "b.json", "--before-label", " "]).status == 2)
    }

    @Test func differentBodiesAreWarnedAboutOnStderr() throws {
        let other = Repository.exampleBodies + "/E06900004.yaml"
        let result = try CLIRunner.run(["compare", Repository.demoAnswers, other, "--questionnaires", library])
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("warning: different bodies: Before is Demo District Council (E07000999) and After is "))
        #expect(result.stdout.contains("  Warning: different bodies: Before is Demo District Council (E07000999)"))
    }

    @Test func compareUsageErrorsExitTwo() throws {
        #expect(try CLIRunner.run(["compare", "a.json", "b.json", "--format", "pdf"]).status == 2)
        #expect(try CLIRunner.run(["compare", "a.json", "b.json", "--fail-on", "anything"]).status == 2)
        #expect(try CLIRunner.run(["compare", "a.json", "b.json", "--threshold", "-1"]).status == 2)
    }

    // MARK: - keygen, sign, verify

    /// A key pair and a signed demo report in `dir`.
    func signedReport(in dir: String) throws -> (report: String, publicKey: String, fingerprint: String) {
        let keys = try CLIRunner.run(["keygen", "--out-private", dir + "/auditor.key", "--out-public", dir + "/auditor.pub"])
        try #require(keys.status == 0, "\(keys.stderr)")
        let report = dir + "/report.json"
        try #require(try CLIRunner.run(["score", demo, "--questionnaires", library, "--format", "json", "-o", report]).status == 0)
        let signed = try CLIRunner.run(["sign", report, "--key", dir + "/auditor.key"])
        try #require(signed.status == 0, "\(signed.stderr)")
        return (report, dir + "/auditor.pub", keys.stdout.trimmingCharacters(in: .newlines))
    }

    @Test func keygenWritesAnOwnerOnlyPrivateKeyAndNeverPrintsIt() throws {
        try withTemporaryDirectory { dir in
            let result = try CLIRunner.run(["keygen", "--out-private", dir + "/k", "--out-public", dir + "/k.pub"])
            #expect(result.status == 0)
            let mode = try FileManager.default.attributesOfItem(atPath: dir + "/k")[.posixPermissions] as? Int
            #expect(mode == 0o600)
            let secret = try String(contentsOfFile: dir + "/k", encoding: .utf8).split(separator: "\n")[1]
            #expect(!result.stdout.contains(secret) && !result.stderr.contains(secret))
            #expect(result.stdout.hasPrefix("sha256:") && result.stdout.count == 7 + 64 + 1)
            #expect(result.stderr == "wrote private key \(dir)/k (mode 0600; keep it secret) and public key \(dir)/k.pub\n")

            let again = try CLIRunner.run(["keygen", "--out-private", dir + "/k", "--out-public", dir + "/k.pub"])
            #expect(again.status == 1)
            #expect(again.stderr == "\(dir)/k: already exists; pass --force to replace it (anything signed with the old key will no longer verify with the new one)\n")
            #expect(try CLIRunner.run(["keygen", "--out-private", dir + "/k", "--out-public", dir + "/k.pub", "--force"]).status == 0)
        }
    }

    @Test func untouchedSignedReportVerifies() throws {
        try withTemporaryDirectory { dir in
            let (report, publicKey, fingerprint) = try signedReport(in: dir)
            let result = try CLIRunner.run(["verify", report, "--public-key", publicKey])
            #expect(result.status == 0)
            #expect(result.stdout == """
                verified: \(report)
                checked:
                  - Ed25519 signature \(report).sig by key \(fingerprint)
                  - digest matches the report's content

                """)
        }
    }

    @Test func oneByteEditOfASignedReportFails() throws {
        try withTemporaryDirectory { dir in
            let (report, publicKey, _) = try signedReport(in: dir)
            let signature = try String(contentsOfFile: report + ".sig", encoding: .utf8)
            let signedSHA = try #require(signature.split(separator: "\n").first { $0.hasPrefix("signed-sha256: ") }?.dropFirst("signed-sha256: ".count))
            // "Demo District Council" → "Demo District Councim": one byte.
            var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: report)))
            let name = Array("Demo District Council".utf8)
            let start = try #require((0...(bytes.count - name.count)).first { Array(bytes[$0..<($0 + name.count)]) == name })
            bytes[start + name.count - 1] = UInt8(ascii: "m")
            try Data(bytes).write(to: URL(fileURLWithPath: report))
            let result = try CLIRunner.run(["verify", report, "--public-key", publicKey])
            #expect(result.status == 1)
            let lines = result.stdout.split(separator: "\n").map(String.init)
            #expect(lines.first == "NOT verified: \(report) (2 findings)")
            #expect(lines[1].hasPrefix("  - signature: \(report): changed since it was signed: \(report).sig covers SHA-256 \(signedSHA), the file now has "))
            #expect(lines[1].hasSuffix("; do not trust this report"))
            #expect(lines[2].hasPrefix("  - digest: the report says "))
            #expect(lines[2].hasSuffix("; \(report) was edited after it was made"))
        }
    }

    @Test func wrongPublicKeyIsReportedAsSuch() throws {
        try withTemporaryDirectory { dir in
            let (report, _, fingerprint) = try signedReport(in: dir)
            let other = try CLIRunner.run(["keygen", "--out-private", dir + "/other.key", "--out-public", dir + "/other.pub"])
            let otherFingerprint = other.stdout.trimmingCharacters(in: .newlines)
            let result = try CLIRunner.run(["verify", report, "--public-key", dir + "/other.pub"])
            #expect(result.status == 1)
            #expect(result.stdout.contains("  - signature: \(report).sig: wrong key: signed with key \(fingerprint), but \(dir)/other.pub is key \(otherFingerprint); use the public key of whoever signed the report\n"))
        }
    }

    @Test func missingSignatureIsReported() throws {
        try withTemporaryDirectory { dir in
            let (report, publicKey, _) = try signedReport(in: dir)
            try FileManager.default.removeItem(atPath: report + ".sig")
            let result = try CLIRunner.run(["verify", report, "--public-key", publicKey])
            #expect(result.status == 1)
            #expect(result.stdout.contains("  - signature: \(report).sig: no signature file for \(report); sign it with 'cyberassess sign \(report) --key PRIVATE', or pass --signature FILE\n"))
        }
    }

    @Test func signRefusesAnEditedReport() throws {
        try withTemporaryDirectory { dir in
            let (report, _, _) = try signedReport(in: dir)
            try edit(report) { json in json["period"] = "2099-00" }
            let result = try CLIRunner.run(["sign", report, "--key", dir + "/auditor.key"])
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("\(report): refusing to sign: the report says "))
        }
    }

    // MARK: - verify --answers

    @Test func verifyAnswersPassesForTheRealAnswers() throws {
        try withTemporaryDirectory { dir in
            let (report, publicKey, _) = try signedReport(in: dir)
            let result = try CLIRunner.run(["verify", report, "--answers", demo, "--questionnaires", library, "--public-key", publicKey])
            #expect(result.status == 0)
            #expect(result.stdout.hasPrefix("verified: \(report)\n"))
            #expect(result.stdout.hasSuffix("""
                  - digest matches the report's content
                  - answers SHA-256 matches the provenance
                  - questionnaire SHA-256s match the library
                  - content matches the answers scored again

                """))
        }
    }

    @Test func verifyAnswersNamesAnEditedScore() throws {
        try withTemporaryDirectory { dir in
            let (report, _, _) = try signedReport(in: dir)
            try edit(report) { json in
                var topics = json["topics"] as! [[String: Any]]
                var domains = topics[0]["domains"] as! [[String: Any]]
                domains[5]["score"] = 3.5
                topics[0]["domains"] = domains
                json["topics"] = topics
            }
            let result = try CLIRunner.run(["verify", report, "--answers", demo, "--questionnaires", library])
            #expect(result.status == 1)
            let lines = result.stdout.split(separator: "\n").map(String.init)
            #expect(lines.first == "NOT verified: \(report) (2 findings)")
            #expect(lines[1].hasPrefix("  - digest: the report says "))
            #expect(lines[2] == "  - topics[cyber-resilience].domains[RES-REC].score: report says 3.5, answers give 1.38")
        }
    }

    @Test func verifyAnswersNamesAnEditedAnswersFile() throws {
        try withTemporaryDirectory { dir in
            let (report, answers) = try yearOnYear(in: dir)
            let result = try CLIRunner.run(["verify", report, "--answers", answers, "--questionnaires", library])
            #expect(result.status == 1)
            #expect(result.stdout.contains("  - provenance.answersSHA256: answers file SHA-256 differs from the report's provenance: "))
            #expect(result.stdout.contains("  - topics[cyber-resilience].domains[RES-REC].questions[RES-REC-01].answer: report says \"critical\", answers give \"none\"\n"))
            #expect(result.stdout.contains("  - topics[cyber-resilience].domains[RES-REC].score: report says 1.38, answers give 0.81\n"))
        }
    }

    @Test func verifyNeedsAnswersOrAPublicKey() throws {
        let result = try CLIRunner.run(["verify", "report.json"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("expected --answers ANSWERS.yaml (score again and compare), --public-key PUBLIC (check the signature), --benchmark FILE (check peer figures), or several of them"))
    }

    // MARK: - Helpers

    /// Rewrites a JSON file after `change`.
    func edit(_ path: String, _ change: (inout [String: Any]) -> Void) throws {
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        change(&json)
        try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]).write(to: URL(fileURLWithPath: path))
    }

    static let answersV1 = """
        body: {id: E1, name: Test Council}
        period: 2025-26
        date: 2025-10-01
        questionnaires: {mini: 1.0.0}
        answers: {MIN-A-01: full, MIN-A-02: some, MIN-A-03: full, MIN-B-01: some}

        """

    static let answersV2 = """
        body: {id: E1, name: Test Council}
        period: 2026-27
        date: 2026-10-01
        questionnaires: {mini: 2.0.0}
        answers: {MIN-A-01: full, MIN-A-02: some, MIN-A-04: none, MIN-B-01: some}

        """

    static func questionnaire(version: String, alpha: [String]) -> String {
        let options = "[{value: none, label: None, level: 0}, {value: some, label: Some, level: 1}, {value: full, label: Full, level: 3}]"
        let question = { (id: String) in "      - {id: \(id), text: Is \(id) in place?, answers: \(options), recommendation: Put \(id) in place.}\n" }
        return """
            id: mini
            version: \(version)
            title: Mini
            topic: resilience
            scale: [{level: 0, name: None}, {level: 1, name: Some}, {level: 2, name: Most}, {level: 3, name: All}]
            target: 1
            domains:
              - id: MIN-A
                title: Alpha
                questions:

            """ + alpha.map(question).joined() + "  - id: MIN-B\n    title: Beta\n    questions:\n" + question("MIN-B-01")
    }
}
