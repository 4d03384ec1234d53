import Foundation
import TestSupport
import Testing

/// `cyberassess` copied alone into a folder, run from another folder with no library folder
/// beside, above or named, runs every command on the library, templates and stylesheet
/// compiled into it.
@Suite struct SelfContainedBinaryTests {
    let bin: TemporaryFolder
    let work: TemporaryFolder
    let binary: String

    init() throws {
        bin = try TemporaryFolder()
        work = try TemporaryFolder()
        binary = bin.path + "/cyberassess"
        try FileManager.default.copyItem(atPath: CLIRunner.executable, toPath: binary)
    }

    /// Runs the copy in the working folder, without `CYBERASSESS_QUESTIONNAIRES`.
    func run(_ arguments: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(arguments, directory: work.path, unset: ["CYBERASSESS_QUESTIONNAIRES"], executable: binary)
    }

    /// A target with `resources:` compiles in the path of its bundle in the build folder, where
    /// `Bundle.module` looks when no bundle lies beside the executable; so a copied binary works
    /// while the build folder exists and fails once it is gone. None may be linked.
    @Test func noResourceBundleIsNamedInTheBinary() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: binary))
        let prefix = Data("cyberassess_".utf8), suffix = Data(".resources".utf8)
        var bundles: [String] = []
        var start = bytes.startIndex
        while let found = bytes.range(of: prefix, in: start..<bytes.endIndex) {
            let window = found.lowerBound..<min(bytes.endIndex, found.upperBound + 48)
            if let end = bytes.range(of: suffix, in: window) {
                bundles.append(String(decoding: bytes[found.lowerBound..<end.upperBound], as: UTF8.self))
            }
            start = found.upperBound
        }
        #expect(bundles.isEmpty, "resource bundles named in the binary: \(bundles)")
    }

    @Test func theLibraryUsedIsTheBundledOne() throws {
        let result = try run(["library", "where"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "bundled:questionnaires (the library compiled into cyberassess 0.1.0); no library folder was given or found, and 'cyberassess library export DIR' writes this one out to edit")
        #expect(lines.contains("  questionnaire cyber-resilience 3.0.0  bundled:questionnaires/cyber-resilience.yaml"))
        #expect(lines.contains { $0.hasPrefix("  framework ncsc-caf") })
    }

    @Test func demoWritesEveryFormat() throws {
        let result = try run(["demo", "--out", "reports"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Demo District Council"))
        for name in ["txt", "json", "html", "md", "csv", "plan.csv"] {
            let path = work.path + "/reports/demo-council." + name
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.contains("Demo District Council") || name.hasSuffix("csv") && !text.isEmpty, "\(name)")
        }
    }

    /// Every format from the copy, on the bundled library, is byte for byte what the built
    /// command gives on the repository's library folder.
    @Test func scoreRendersEveryFormatAsFromTheLibraryFolder() throws {
        let answers = work.path + "/answers.yaml"
        try FileManager.default.copyItem(atPath: Repository.demoAnswers, toPath: answers)
        for format in ["text", "json", "html", "md", "csv", "plan-csv"] {
            let bundled = try run(["score", "answers.yaml", "--format", format])
            #expect(bundled.status == 0, "\(format): \(bundled.stderr)")
            #expect(bundled.stdout.contains(format == "plan-csv" ? "ECO-REP-07" : format == "csv" ? "E07000999" : "Demo District Council"), "\(format)")
            let folder = try CLIRunner.run(["score", answers, "--format", format, "--questionnaires", Repository.questionnaires])
            #expect(folder.status == 0)
            // Only the provenance's name of the library differs.
            #expect(bundled.stdout == folder.stdout.replacingOccurrences(of: Repository.questionnaires, with: "bundled with cyberassess 0.1.0"), "\(format)")
        }
        let html = try run(["score", "answers.yaml", "--format", "html"]).stdout
        #expect(html.contains("<style>\n:root"), "the stylesheet is compiled in")
    }

    @Test func validateNamesTheBundledLibrary() throws {
        let answers = work.path + "/answers.yaml"
        try FileManager.default.copyItem(atPath: Repository.demoAnswers, toPath: answers)
        let result = try run(["validate", "answers.yaml"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr == "answers checked against bundled:questionnaires (the library compiled into cyberassess 0.1.0)\n1 file checked, no problems\n")
    }

    @Test func initWritesABlankFileOfEveryQuestion() throws {
        let result = try run(["init", "--body-id", "E1", "--body-name", "Test Council", "--period", "2026-27", "--date", "2026-10-01", "-o", "blank.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: work.path + "/blank.yaml", encoding: .utf8)
        #expect(text.hasPrefix("# yaml-language-server: $schema=answers.schema.json\n"))
        #expect(text.contains("RES-REC-01:"))
    }

    @Test func batchIntoAStoreThenTheDashboard() throws {
        try FileManager.default.createDirectory(atPath: work.path + "/bodies", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repository.demoAnswers, toPath: work.path + "/bodies/demo.yaml")
        let batch = try run(["batch", "bodies", "--out", "out", "--db", "store.sqlite", "--reports", "html,md"])
        #expect(batch.status == 0, "\(batch.stderr)")
        let reports = FileManager.default.subpaths(atPath: work.path + "/out/reports") ?? []
        let name = try #require(reports.first { $0.hasSuffix("E07000999.html") }, "\(reports)")
        let html = try String(contentsOfFile: work.path + "/out/reports/" + name, encoding: .utf8)
        #expect(html.contains("Demo District Council"))
        let dashboard = try run(["dashboard", "--db", "store.sqlite"])
        #expect(dashboard.status == 0, "\(dashboard.stderr)")
        #expect(dashboard.stdout.contains("<html"))
        #expect(dashboard.stdout.contains("Demo District Council"))
    }

    @Test func exportWritesTheLibraryOnceAndItValidates() throws {
        let first = try run(["library", "export", "mine"])
        #expect(first.status == 0, "\(first.stderr)")
        for path in ["cyber-resilience.yaml", "frameworks/ncsc-caf.yaml", "examples/demo-council.yaml"] {
            #expect(try String(contentsOfFile: work.path + "/mine/" + path, encoding: .utf8)
                == String(contentsOfFile: Repository.questionnaires + "/" + path, encoding: .utf8))
        }
        let again = try run(["library", "export", "mine"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("mine/cyber-resilience.yaml: already exists; pass --force to replace it"))
        #expect(try run(["library", "export", "mine", "--force"]).status == 0)
        let validate = try run(["validate", "mine"])
        #expect(validate.status == 0, "\(validate.stdout)")
        let where_ = try run(["library", "where", "--questionnaires", "mine"])
        #expect(where_.stdout.hasPrefix("mine (given by --questionnaires)\n"))
    }

    @Test func exportNeverFollowsALinkOutOfTheFolder() throws {
        let outside = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: work.path + "/mine", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: work.path + "/mine/frameworks", withDestinationPath: outside.path)
        let result = try run(["library", "export", "mine", "--force"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("lies outside mine through a symbolic link"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: work.path + "/mine/cyber-resilience.yaml"))
    }
}
