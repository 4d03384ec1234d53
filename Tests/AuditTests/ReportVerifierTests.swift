import Foundation
import TestSupport
import Testing
@testable import Assessment
@testable import Audit

/// Checking a report against its answers and library: each kind of edit is found and named.
@Suite struct ReportVerifierTests {
    let library: Library
    let verifier: ReportVerifier

    init() throws {
        library = try Library.loadStrict(directory: Repository.questionnaires)
        verifier = ReportVerifier(library: library, libraryPath: Repository.questionnaires)
    }

    func demoReport(_ options: ScoringOptions = ScoringOptions()) throws -> Report {
        try Scorer(library: library).score(file: Repository.demoAnswers, options: options)
    }

    @Test func untouchedReportVerifies() throws {
        let result = try verifier.verify(try demoReport(), reportPath: "r.json", answersPath: Repository.demoAnswers)
        #expect(result.findings == [])
        #expect(result.verified)
        #expect(result.checkedLines == [
            "digest matches the report's content",
            "answers SHA-256 matches the provenance",
            "questionnaire SHA-256s match the library",
            "content matches the answers scored again",
        ])
    }

    @Test func peerFiguresFromABenchmarkDoNotFailVerification() throws {
        var report = try demoReport()
        report.peers = PeerComparison(bodies: 60, overall: nil, figures: [
            PeerComparison.Figure(key: "RES-REC", median: 2.1, q1: 1.5, q3: 2.8, percentile: 20, percentileInType: 25),
        ])
        report = try report.sealed()
        let result = try verifier.verify(report, reportPath: "r.json", answersPath: Repository.demoAnswers)
        #expect(result.findings == [])
    }

    @Test func evidenceAgeIsReadFromTheProvenance() throws {
        // Nothing is stale at 24 months, so only the provenance can say what was used.
        let report = try demoReport(ScoringOptions(staleAfterMonths: 24))
        #expect(report.staleEvidence.isEmpty)
        #expect(report.provenance.staleAfterMonths == 24)
        let result = try verifier.verify(report, reportPath: "r.json", answersPath: Repository.demoAnswers)
        #expect(result.findings == [])
    }

    @Test func editedScoreIsNamed() throws {
        var report = try demoReport()
        let digest = try #require(report.digest)
        report.topics[0].domains[5].score = 3.5
        let result = try verifier.verify(report, reportPath: "r.json", answersPath: Repository.demoAnswers)
        #expect(result.findings.map(\.description) == [
            "digest: the report says \(digest), its content gives \(try report.computeDigest()); r.json was edited after it was made",
            "topics[cyber-resilience].domains[RES-REC].score: report says 3.5, answers give 1.38",
        ])
    }

    @Test func editedScoreWithARecomputedDigestIsStillNamed() throws {
        var report = try demoReport()
        report.overall.score = 4
        report = try report.sealed()
        let result = try verifier.verify(report, reportPath: "r.json", answersPath: Repository.demoAnswers)
        #expect(result.findings == [
            VerificationFinding(check: .content, subject: "overall.score", message: "report says 4, answers give 2.22"),
        ])
    }

    @Test func editedAnswersFileIsNamed() throws {
        let report = try demoReport()
        let text = try AuditFixtures.replace("  RES-GOV-02: reviewed\n", with: "  RES-GOV-02: none\n", in: try String(contentsOfFile: Repository.demoAnswers, encoding: .utf8))
        try withTemporaryDirectory { temporary in
            let answers = temporary + "/answers.yaml"
            try text.write(toFile: answers, atomically: true, encoding: .utf8)
            let result = try verifier.verify(report, reportPath: "r.json", answersPath: answers)
            let sha = sha256Hex(Array(text.utf8))
            #expect(result.findings.first == VerificationFinding(
                check: .answers, subject: "provenance.answersSHA256",
                message: "answers file SHA-256 differs from the report's provenance: the report says \(report.provenance.answersSHA256), \(answers) gives \(sha); the answers were edited after the report was made, or this is a different answers file"))
            let subjects = result.findings.map(\.subject)
            #expect(subjects.contains("topics[cyber-resilience].domains[RES-GOV].questions[RES-GOV-02].answer"))
            #expect(subjects.contains("topics[cyber-resilience].domains[RES-GOV].score"))
            #expect(!subjects.contains("digest"))
        }
    }

    @Test func editedQuestionnaireIsNamed() throws {
        let report = try demoReport()
        try withTemporaryDirectory { copy in
            for name in try FileManager.default.contentsOfDirectory(atPath: Repository.questionnaires) where name.hasSuffix(".yaml") || name == "frameworks" {
                try FileManager.default.copyItem(atPath: Repository.questionnaires + "/" + name, toPath: copy + "/" + name)
            }
            let edited = copy + "/cyber-resilience.yaml"
            try (try String(contentsOfFile: edited, encoding: .utf8) + "# edited\n").write(toFile: edited, atomically: true, encoding: .utf8)
            let other = try Library.loadStrict(directory: copy)
            let result = try ReportVerifier(library: other, libraryPath: copy).verify(report, reportPath: "r.json", answersPath: Repository.demoAnswers)
            let claimed = try #require(report.provenance.questionnaires.first { $0.id == "cyber-resilience" }?.sha256)
            #expect(result.findings == [
                VerificationFinding(
                    check: .questionnaire, subject: "provenance.questionnaires[cyber-resilience].sha256",
                    message: "questionnaire SHA-256 differs: the report says \(claimed), \(edited) gives \(other.sources["cyber-resilience"]!.sha256); the questionnaire was edited after the report was made, or this is a different library"),
            ])
        }
    }

    @Test func profileAndEvidenceAgeAreReusedFromTheReport() throws {
        let report = try demoReport(ScoringOptions(profileName: "baseline", staleAfterMonths: 6, topicWeights: ["cyber-resilience": 2]))
        #expect(ReportVerifier.staleMonths(of: report) == 6)
        let result = try verifier.verify(report, reportPath: "r.json", answersPath: Repository.demoAnswers)
        #expect(result.findings == [])
    }

    @Test func reportScoredWithATargetsFileNeedsIt() throws {
        try withTemporaryDirectory { temporary in
            let targets = temporary + "/targets.yaml"
            try "id: strict\ndomains: {RES-REC: 5}\n".write(toFile: targets, atomically: true, encoding: .utf8)
            let (profile, sha) = try TargetsFile.load(targets, library: library)
            let report = try demoReport(ScoringOptions(targets: profile, targetsSHA256: sha))
            let without = try verifier.verify(report, reportPath: "r.json", answersPath: Repository.demoAnswers)
            #expect(without.findings.map(\.description) == [
                "provenance.targetsSHA256: the report was scored with a targets file (SHA-256 \(sha)); pass --targets FILE to re-score it the same way",
            ])
            let with = try verifier.verify(report, reportPath: "r.json", answersPath: Repository.demoAnswers, targetsPath: targets)
            #expect(with.findings == [])
        }
    }

    @Test func digestAloneCatchesAnEdit() throws {
        var report = try demoReport()
        #expect(ReportVerifier.checkDigest(report, path: "r.json").verified)
        report.body.name = "Another Council"
        #expect(ReportVerifier.checkDigest(report, path: "r.json").findings.map(\.subject) == ["digest"])
        report.digest = nil
        #expect(ReportVerifier.checkDigest(report, path: "r.json").findings.map(\.description) == [
            "digest: r.json has no digest; it was not made by cyberassess score, or the digest was removed",
        ])
    }

    @Test func listItemsAreNamedByTheirIDs() {
        struct Item: Encodable { var id: String; var level: Int }
        struct Doc: Encodable { var items: [Item]; var plain: [Int] }
        let a = Doc(items: [Item(id: "x", level: 1), Item(id: "y", level: 2)], plain: [1, 2])
        let b = Doc(items: [Item(id: "y", level: 3), Item(id: "z", level: 2)], plain: [1, 3])
        #expect(JSONTreeDiff.differences(a, b).map { "\($0.path): \($0.message)" } == [
            "items[x]: in the report, but the answers do not give it",
            "items[z]: the answers give it, but it is missing from the report",
            "items[y].level: report says 2, answers give 3",
            "plain[1]: report says 2, answers give 3",
        ])
    }
}

extension ReportVerifierTests {
    /// Peer figures edited and the digest sealed again: the answers cannot tell (the figures
    /// come from a benchmark), so only the benchmark finds it.
    @Test func resealedPeerEditIsFoundByTheBenchmark() throws {
        let base = try demoReport()
        var aggregator = PeerAggregator()
        aggregator.add(PeerAggregator.Scores(base))
        var other = PeerAggregator.Scores(base)
        other.overall = 1
        aggregator.add(other)
        let benchmark = aggregator.benchmark(anonymised: false, minGroup: 1)
        let honest = try base.withPeers(from: benchmark)
        #expect(ReportVerifier.checkPeers(honest, benchmark: benchmark, benchmarkPath: "b.json").checkedLines == ["peer figures match b.json"])
        var report = honest
        report.peers!.overall!.median = 4.9
        report = try report.sealed()
        #expect(try verifier.verify(report, reportPath: "r.json", answersPath: Repository.demoAnswers).verified)
        let peers = ReportVerifier.checkPeers(report, benchmark: benchmark, benchmarkPath: "b.json")
        #expect(peers.findings.count == 1)
        #expect(peers.findings.first?.description.hasPrefix("peers.overall.median: report says 4.9, the benchmark gives ") == true)
        #expect(peers.checkedLines == ["peer figures do NOT match b.json"])
    }
}
