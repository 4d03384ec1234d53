import Assessment
import Foundation
import Platform
import Synthetic
import TestSupport
import Testing
@testable import Batch

/// What a batch leaves in its output folder: no stale temporaries from a killed run, and with
/// `--anonymise` nothing that names a body.
@Suite struct BatchOutputFolderTests {
    typealias F = BatchFixtures

    /// The id of a process that has finished.
    static func finishedProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func staleTemporariesOfAKilledRunAreRemoved() throws {
        let scratch = try TemporaryFolder()
        let folder = try BatchRunnerTests.mixedFolder(in: scratch.path)
        let out = folder + "/../out"
        try FileManager.default.createDirectory(atPath: out + "/reports/.pending-1/x", withIntermediateDirectories: true)
        let gone = try Self.finishedProcessID()
        let stale = [".summary.csv.tmp-\(gone)-17", ".summary.jsonl.tmp-\(gone)-3", ".errors.csv.tmp-\(gone)-5", ".benchmark.json.tmp-\(gone)-9"]
        for name in stale { try "half a row".write(toFile: out + "/" + name, atomically: false, encoding: .utf8) }
        try FileManager.default.createDirectory(atPath: out + "/reports/.pending-\(gone)", withIntermediateDirectories: true)
        try "{}".write(toFile: out + "/reports/.pending-\(gone)/0.json", atomically: false, encoding: .utf8)
        // A run still going (this process) keeps its temporaries.
        let live = ".summary.csv.tmp-\(getpid())-1"
        try "in progress".write(toFile: out + "/" + live, atomically: false, encoding: .utf8)
        _ = try F.run([folder], out: out, reports: [.json])
        let left = FixtureFiles.files(under: out)
        for name in stale { #expect(!left.contains(name)) }
        #expect(!left.contains("reports/.pending-\(gone)/0.json"))
        #expect(!FileManager.default.fileExists(atPath: out + "/reports/.pending-\(gone)"))
        #expect(left.contains(live))
        // pid 1 is running (init): its folder is not ours to remove.
        #expect(FileManager.default.fileExists(atPath: out + "/reports/.pending-1/x"))
    }

    @Test func anonymisedOutputNamesNoBodyAnywhere() throws {
        let scratch = try TemporaryFolder()
        let folder = try BatchRunnerTests.mixedFolder(in: scratch.path)
        let out = folder + "/../out"
        _ = try F.run([folder], out: out, anonymise: true, minGroup: 1)
        #expect(try FixtureFiles.text(out + "/errors.csv") == """
            input,line,column,message\r
            6,2,7,"YAML syntax error: did not find expected ',' or '}' while parsing a flow mapping"\r
            7,6,15,"answers.RES-REC-01: 'sometimes' is not an option; expected one of: none, partial, listed, critical, reconciled, complete"\r
            8,1,1,"expected an answers file (a mapping with 'body' and 'answers'), found a document with none of the expected keys"\r
            9,2,7,repeats the body and period of input 3; this file is left out of the summary and benchmark. Remove one of the two or correct the id or period\r

            """)
        for file in FixtureFiles.files(under: out) {
            let text = try FixtureFiles.text(out + "/" + file)
            #expect(!text.contains("Council"), "\(file) names a body")
            #expect(!text.contains(folder), "\(file) names an input path")
            #expect(!text.contains("E3"), "\(file) names a body id")
        }
    }

    @Test func anonymisedRunRefusesPerBodyReports() throws {
        let scratch = try TemporaryFolder()
        let folder = try BatchRunnerTests.mixedFolder(in: scratch.path)
        #expect(throws: BatchError.invalidOption("--reports writes one report per body, named by its id; it cannot be combined with --anonymise")) {
            _ = try F.run([folder], out: folder + "/../out", reports: [.json], anonymise: true)
        }
    }

    @Test func anonymisedRunRefusesAFolderHoldingNamedReports() throws {
        let scratch = try TemporaryFolder()
        let folder = try BatchRunnerTests.mixedFolder(in: scratch.path)
        let out = folder + "/../out"
        _ = try F.run([folder], out: out, reports: [.json])
        #expect(throws: BatchError.badOutputFolder(path: out, reason: "reports/ holds per-body reports named by body id from an earlier run; remove it or choose another --out for anonymised output")) {
            _ = try F.run([folder], out: out, anonymise: true)
        }
        // The named summary of the earlier run is still there, untouched.
        #expect(try FixtureFiles.text(out + "/summary.csv").contains("Council E1"))
    }
}

extension BatchOutputFolderTests {
    /// A full disk while writing per-body reports is one output failure that stops the batch,
    /// not a list of bad inputs, and nothing of the run is left in place.
    @Test func aFullDiskWhileWritingReportsStopsTheBatchAndLeavesNothing() throws {
        let scratch = try TemporaryFolder()
        let folder = try BatchRunnerTests.mixedFolder(in: scratch.path)
        let out = folder + "/../out"
        var options = BatchOptions(outputFolder: out, jobs: 2, reportFormats: [.json, .md])
        options.writeReport = { bytes, path throws(FileWriteError) in
            if path.hasSuffix("/3.md") { throw .unwritable(path: path, reason: "the disk is full") }
            try AtomicFile.write(bytes, to: path)
        }
        let inputs = try BatchInputs.collect([folder])
        #expect(throws: BatchError.output(path: out + "/reports/.pending-\(getpid())/3.md", reason: "the disk is full")) {
            _ = try BatchRunner(library: F.library, options: options).run(inputs)
        }
        #expect(FixtureFiles.files(under: out) == [])
    }

    /// An earlier run's complete outputs stay as they were when a later run fails.
    @Test func aFailedRunLeavesTheEarlierOutputsAlone() throws {
        let scratch = try TemporaryFolder()
        let folder = try BatchRunnerTests.mixedFolder(in: scratch.path)
        let out = folder + "/../out"
        _ = try F.run([folder], out: out, reports: [.json])
        let before = try FixtureFiles.files(under: out).map { ($0, try FixtureFiles.text(out + "/" + $0)) }
        var options = BatchOptions(outputFolder: out, jobs: 1, reportFormats: [.json])
        options.writeReport = { _, path throws(FileWriteError) in throw .unwritable(path: path, reason: "the disk is full") }
        #expect(throws: BatchError.self) { _ = try BatchRunner(library: F.library, options: options).run(try BatchInputs.collect([folder])) }
        let after = try FixtureFiles.files(under: out).map { ($0, try FixtureFiles.text(out + "/" + $0)) }
        #expect(after.map(\.0) == before.map(\.0))
        #expect(after.map(\.1) == before.map(\.1))
    }
}

extension BatchOutputFolderTests {
    /// A second run over the same folder replaces every report (the old files are freed after
    /// the new ones are in place, on several threads) and leaves no hidden folder behind.
    @Test func aSecondRunReplacesEveryReportAndLeavesNothingElse() throws {
        let scratch = try TemporaryFolder()
        let folder = scratch.path + "/bodies"
        _ = try SyntheticBodies(library: F.library, seed: 5).write(count: 40, to: folder, durable: false)
        let out = scratch.path + "/out"
        _ = try F.run([folder], out: out, jobs: 2, reports: [.json, .html])
        let first = FixtureFiles.files(under: out)
        let reports = first.filter { $0.hasPrefix("reports/") }
        #expect(reports.count == 80)
        let expected = try reports.map { try FixtureFiles.text(out + "/" + $0) }
        // Old reports that differ from what the run writes, one of them with a second name
        // elsewhere that must keep its bytes.
        for name in reports { try "old".write(toFile: out + "/" + name, atomically: false, encoding: .utf8) }
        #expect(link(out + "/" + reports[0], scratch.path + "/kept") == 0)
        _ = try F.run([folder], out: out, jobs: 2, reports: [.json, .html])
        #expect(FixtureFiles.files(under: out) == first)
        #expect(try reports.map { try FixtureFiles.text(out + "/" + $0) } == expected)
        #expect(try FixtureFiles.text(scratch.path + "/kept") == "old")
        let hidden = try FileManager.default.contentsOfDirectory(atPath: out + "/reports").filter { $0.hasPrefix(".") }
        #expect(hidden == [])
    }
}
