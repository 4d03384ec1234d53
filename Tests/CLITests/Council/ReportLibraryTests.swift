import Foundation
import TestSupport
import Testing

/// Every report names the questionnaire library it was scored with (`provenance.library`),
/// outside its digest: a folder as it was named, the bundled library by the version of the
/// tool it is compiled into, and the same answers give the same digest, and verify, either way.
@Suite struct ReportLibraryTests {
    let bin: TemporaryFolder
    let work: TemporaryFolder
    /// A copy of `cyberassess` with no library folder beside or above it.
    let binary: String

    init() throws {
        bin = try TemporaryFolder()
        work = try TemporaryFolder()
        binary = bin.path + "/cyberassess"
        try FileManager.default.copyItem(atPath: CLIRunner.executable, toPath: binary)
        try FileManager.default.copyItem(atPath: Repository.demoAnswers, toPath: work.path + "/answers.yaml")
    }

    /// Runs the copy in the working folder, where no library folder is reachable.
    func runBundled(_ arguments: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(arguments, directory: work.path, unset: ["CYBERASSESS_QUESTIONNAIRES"], executable: binary)
    }

    /// The provenance's library and the digest of a JSON report.
    func libraryAndDigest(_ json: String) throws -> (library: String?, digest: String?) {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let provenance = try #require(object["provenance"] as? [String: Any])
        return (provenance["library"] as? String, object["digest"] as? String)
    }

    @Test func aFolderGivenIsNamedAsGivenAndTheBundledLibraryByVersion() throws {
        let folder = try CLIRunner.run(["score", "answers.yaml", "--format", "json", "--questionnaires", Repository.questionnaires], directory: work.path)
        #expect(folder.status == 0, "\(folder.stderr)")
        let bundled = try runBundled(["score", "answers.yaml", "--format", "json"])
        #expect(bundled.status == 0, "\(bundled.stderr)")
        let (folderLibrary, folderDigest) = try libraryAndDigest(folder.stdout)
        let (bundledLibrary, bundledDigest) = try libraryAndDigest(bundled.stdout)
        #expect(folderLibrary == Repository.questionnaires)
        #expect(bundledLibrary == "bundled with cyberassess 0.1.0")
        #expect(folderDigest != nil)
        #expect(folderDigest == bundledDigest, "the library's name is outside the digest")
    }

    @Test func theEnvironmentVariableIsNamedAsSet() throws {
        let result = try CLIRunner.run(["score", "answers.yaml", "--format", "json"], directory: work.path, environment: ["CYBERASSESS_QUESTIONNAIRES": Repository.questionnaires])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try libraryAndDigest(result.stdout).library == Repository.questionnaires)
    }

    /// A folder found by the library search is named relative to the working directory when
    /// inside it, so a report made in a checkout does not carry the path of someone's home.
    @Test func aFolderFoundIsNamedRelativeToTheWorkingDirectory() throws {
        let inside = try CLIRunner.run(["score", Repository.demoAnswers, "--format", "json"], directory: Repository.root, unset: ["CYBERASSESS_QUESTIONNAIRES"])
        #expect(inside.status == 0, "\(inside.stderr)")
        #expect(try libraryAndDigest(inside.stdout).library == "questionnaires")
        let below = try CLIRunner.run(["score", Repository.demoAnswers, "--format", "json"], directory: Repository.root + "/questionnaires/examples", unset: ["CYBERASSESS_QUESTIONNAIRES"])
        #expect(below.status == 0, "\(below.stderr)")
        #expect(try libraryAndDigest(below.stdout).library == URL(fileURLWithPath: Repository.questionnaires).standardizedFileURL.path)
    }

    @Test func everyFormatWithAProvenanceNamesTheLibrary() throws {
        let expected = [
            "text": "Questionnaire library: bundled with cyberassess 0.1.0\n",
            "md": "| Questionnaire library | bundled with cyberassess 0.1.0 |\n",
            "html": "<dt>Questionnaire library</dt><dd>bundled with cyberassess 0.1.0</dd>\n",
            "json": "\"library\" : \"bundled with cyberassess 0.1.0\",\n",
        ]
        for (format, line) in expected {
            let result = try runBundled(["score", "answers.yaml", "--format", format])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            #expect(result.stdout.contains(line), "\(format)")
        }
        let template = try runBundled(["score", "answers.yaml", "--format", "md", "--template", Repository.root + "/Sources/Reports/Templates/report.md.mustache"])
        #expect(template.status == 0, "\(template.stderr)")
        #expect(template.stdout.contains(expected["md"]!), "the report template names it too")
    }

    @Test func demoAndBatchReportsNameTheLibrary() throws {
        let demo = try runBundled(["demo", "--out", "demo"])
        #expect(demo.status == 0, "\(demo.stderr)")
        let demoJSON = try String(contentsOfFile: work.path + "/demo/demo-council.json", encoding: .utf8)
        #expect(try libraryAndDigest(demoJSON).library == "bundled with cyberassess 0.1.0")
        let scored = try CLIRunner.run(["batch", "answers.yaml", "--out", "batch", "--reports", "json", "--questionnaires", Repository.questionnaires], directory: work.path)
        #expect(scored.status == 0, "\(scored.stderr)")
        let written = try FileManager.default.subpathsOfDirectory(atPath: work.path + "/batch")
        let report = try #require(written.first { $0.hasSuffix(".json") && $0.contains("E07000999") }, "batch wrote \(written)")
        let json = try String(contentsOfFile: work.path + "/batch/" + report, encoding: .utf8)
        let (library, digest) = try libraryAndDigest(json)
        #expect(library == Repository.questionnaires)
        let alone = try runBundled(["score", "answers.yaml", "--format", "json"])
        #expect(try libraryAndDigest(alone.stdout).digest == digest)
    }

    /// A report made with the bundled library verifies against the library folder, and the
    /// other way round: the auditor's copy of the library need not be where the council's was.
    @Test func verifyPassesAcrossTheFolderAndTheBundledLibrary() throws {
        let bundled = try runBundled(["score", "answers.yaml", "--format", "json", "-o", "bundled.json"])
        #expect(bundled.status == 0, "\(bundled.stderr)")
        let folder = try CLIRunner.run(["score", "answers.yaml", "--format", "json", "-o", "folder.json", "--questionnaires", Repository.questionnaires], directory: work.path)
        #expect(folder.status == 0, "\(folder.stderr)")
        let byFolder = try CLIRunner.run(["verify", "bundled.json", "--answers", "answers.yaml", "--questionnaires", Repository.questionnaires], directory: work.path)
        #expect(byFolder.status == 0, "\(byFolder.stdout)\(byFolder.stderr)")
        let byBundled = try runBundled(["verify", "folder.json", "--answers", "answers.yaml"])
        #expect(byBundled.status == 0, "\(byBundled.stdout)\(byBundled.stderr)")
    }
}
