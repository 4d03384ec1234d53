import Assessment
import Audit
import Batch
import Foundation
import Synthetic
import TestSupport
import Testing

@Suite struct BatchRunnerTests {
    typealias F = BatchFixtures

    // Domain weights of cyber-resilience: GOV 2, RSK 2, AST 1, IAM 3, PRT 3, REC 3, IRX 2,
    // AWR 1 (17). A body at level 1 in some domains and 0 in the rest scores their share of 17.
    static let five: [(id: String, type: String, levelOne: Set<String>, overall: String)] = [
        ("E1", "district", [], "0.00"),
        ("E2", "district", ["RES-AST", "RES-AWR"], "0.12"),                   // 2/17
        ("E3", "district", ["RES-IAM"], "0.18"),                              // 3/17
        ("E4", "county", ["RES-GOV", "RES-RSK", "RES-IAM", "RES-PRT"], "0.59"), // 10/17
        ("E5", "county", ["RES-GOV", "RES-RSK", "RES-AST", "RES-IAM", "RES-PRT", "RES-REC", "RES-IRX", "RES-AWR"], "1.00"),
    ]

    /// The five bodies, a YAML syntax error, an invalid answer, a file of no known kind and a
    /// second file for E3's body and period, in `base/in`.
    static func mixedFolder(in base: String) throws -> String {
        let folder = base + "/in"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for body in five {
            try F.write(F.uniform(id: body.id, name: "Council \(body.id)", type: body.type, region: "South East", levelOne: body.levelOne), to: folder + "/\(body.id).yaml")
        }
        try "body: {id: X1, name: Broken\nperiod: 2026-27\n".write(toFile: folder + "/broken.yaml", atomically: true, encoding: .utf8)
        try """
            body: {id: X2, name: Wrong Council}
            period: 2026-27
            date: 2026-10-01
            questionnaires: {cyber-resilience: 3.0.0}
            answers:
              RES-REC-01: sometimes

            """.write(toFile: folder + "/invalid.yaml", atomically: true, encoding: .utf8)
        try "title: not an answers file\n".write(toFile: folder + "/notes.yml", atomically: true, encoding: .utf8)
        try F.write(F.uniform(id: "E3", name: "Council E3 again", type: "district", region: "South East", levelOne: []), to: folder + "/z-duplicate.yaml")
        return folder
    }

    @Test func scoresTheGoodFilesAndListsTheBadOnesWithLineAndColumn() throws {
        try withTemporaryDirectory { base in
            let folder = try Self.mixedFolder(in: base)
            let out = folder + "/../out"
            let result = try F.run([folder], out: out)
            #expect(result.files == 9)
            #expect(result.scored == 5)
            #expect(result.failed == 4)
            #expect(result.duplicates == 1)
            #expect(try FixtureFiles.text(out + "/errors.csv") == """
                file,line,column,message\r
                \(folder)/broken.yaml,2,7,"YAML syntax error: did not find expected ',' or '}' while parsing a flow mapping"\r
                \(folder)/invalid.yaml,6,15,"answers.RES-REC-01: 'sometimes' is not an option; expected one of: none, partial, listed, critical, reconciled, complete"\r
                \(folder)/notes.yml,1,1,"expected an answers file (a mapping with 'body' and 'answers'), found a document with none of the expected keys"\r
                \(folder)/z-duplicate.yaml,2,7,"body 'E3' for period 2026-27 is already scored from \(folder)/E3.yaml; this file is left out of the summary, benchmark and reports. Remove one of the two or correct the id or period"\r

                """)
            let rows = try FixtureFiles.text(out + "/summary.csv").components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(rows.count == 6)
            #expect(rows[0] == "id,name,type,region,period,overall,weakest_link,cyber-resilience,data-analytics,information-assurance,security-information-ecosystem,completeness,status,file")
            #expect(rows[1] == "E1,Council E1,district,South East,2026-27,0.00,0,0.00,,,,100.00,below-target,\(folder)/E1.yaml")
            #expect(rows.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[5] } == Self.five.map { Substring($0.overall) })
            let jsonl = try FixtureFiles.text(out + "/summary.jsonl").split(separator: "\n")
            #expect(jsonl.count == 5)
            #expect(jsonl[1].hasPrefix(#"{"completeness":100.00,"domains":{"RES-AST":1.00,"#))
        }
    }

    @Test func aggregatesOfFiveHandComputedBodiesAreExact() throws {
        try withTemporaryDirectory { base in
            let folder = try Self.mixedFolder(in: base)
            _ = try F.run([folder], out: folder + "/../out")
            let benchmark = try PeerBenchmark.load(folder + "/../out/benchmark.json")
            let overall = try #require(benchmark.all.overall)
            // 0, 0.12, 0.18, 0.59, 1: type 7 quartiles fall on values; mean 1.89 / 5.
            #expect([overall.min, overall.q1, overall.median, overall.q3, overall.max, overall.mean] == [0, 0.12, 0.18, 0.59, 1, 0.378])
            #expect(overall.count == 5)
            // The topic is the only one, so it equals overall; county 0.59 and 1 interpolate.
            #expect(benchmark.all.topics["cyber-resilience"]?.median == 0.18)
            let county = try #require(benchmark.types["county"]?.overall)
            #expect([county.q1, county.median, county.q3] == [0.6925, 0.795, 0.8975])
            // RES-IAM is at level 1 in E3, E4, E5: 0, 0, 1, 1, 1.
            #expect(benchmark.all.domains["RES-IAM"]?.median == 1)
            #expect(benchmark.all.domains["RES-IAM"]?.mean == 0.6)
            #expect(benchmark.regions["South East"]?.bodies == 5)
            #expect(benchmark.minGroup == 1 && !benchmark.anonymised)
        }
    }

    @Test func outputIsByteIdenticalWithOneAndTwoJobs() throws {
        try withTemporaryDirectory { base in
            let folder = try Self.mixedFolder(in: base)
            let generated = folder + "/generated"
            _ = try SyntheticBodies(library: F.library, seed: 11).write(count: 4, to: generated, durable: false)
            _ = try F.run([folder], out: folder + "/../one", jobs: 1, reports: [.json, .csv])
            _ = try F.run([folder], out: folder + "/../two", jobs: 2, reports: [.json, .csv])
            let one = FixtureFiles.files(under: folder + "/../one"), two = FixtureFiles.files(under: folder + "/../two")
            #expect(one == two)
            #expect(one.contains("reports/2026-27/E3.json"))
            #expect(one.count == 4 + 2 * 9)
            for file in one {
                #expect(FileManager.default.contents(atPath: folder + "/../one/" + file) == FileManager.default.contents(atPath: folder + "/../two/" + file), "\(file) differs")
            }
        }
    }

    @Test func hostileBodyIdsStayInsideTheOutputFolder() throws {
        try withTemporaryDirectory { base in
            let input = base + "/in", out = base + "/out"
            try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
            // Ids with control characters and periods that are not YYYY-YY are refused when the
            // file is read (AnswersInputTests); these are the ids that still reach file names.
            let ids = ["../../etc/passwd", "/abs", "a/b", "..", ".", "spaced id", ".hidden", String(repeating: "x", count: 300), "CON", "E07000001"]
            for (i, id) in ids.enumerated() {
                try F.write(F.uniform(id: id, name: "Body \(i)", levelOne: []), to: input + "/b\(i).yaml")
            }
            let result = try F.run([input], out: out, jobs: 2, reports: [.json])
            #expect(result.scored == ids.count)
            #expect(try FileManager.default.contentsOfDirectory(atPath: base).sorted() == ["in", "out"])
            let written = FixtureFiles.files(under: out + "/reports")
            #expect(written.count == ids.count)
            for path in written {
                let parts = path.split(separator: "/", omittingEmptySubsequences: false)
                #expect(parts.count == 2, "\(path) is not PERIOD/NAME")
                #expect(parts.allSatisfy { !$0.hasPrefix(".") && !$0.isEmpty && $0.utf8.count <= 100 }, "\(path)")
            }
            #expect(written.contains("2026-27/E07000001.json"))
            #expect(written.contains("2026-27/" + SafeName.make("a/b") + ".json"))
            #expect(SafeName.make("a/b").hasPrefix("a_b~"))
            #expect(SafeName.make("..").hasPrefix("id~"))
            #expect(SafeName.make("../../etc/passwd").hasPrefix("_.._etc_passwd~"))
            #expect(SafeName.make("a/b") != SafeName.make("a_b") && SafeName.make("a_b") == "a_b")
        }
    }

    @Test func anonymisedOutputsNameNoBodyAndSuppressSmallGroups() throws {
        try withTemporaryDirectory { base in
            let input = base + "/in"
            try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
            // Six districts in the South East, one county in the North East.
            for i in 1...6 {
                try F.write(F.uniform(id: "D\(i)", name: "District Secret\(i)", type: "district", region: "South East", levelOne: i.isMultiple(of: 2) ? ["RES-GOV"] : []), to: input + "/d\(i).yaml")
            }
            try F.write(F.uniform(id: "C1", name: "Lonely County", type: "county", region: "North East", levelOne: ["RES-IAM"]), to: input + "/c1.yaml")
            let out = base + "/out"
            let result = try F.run([input], out: out, anonymise: true)
            #expect(result.scored == 7)
            let benchmark = try FixtureFiles.text(out + "/benchmark.json")
            let summary = try FixtureFiles.text(out + "/summary.csv"), jsonl = try FixtureFiles.text(out + "/summary.jsonl")
            for text in [benchmark, summary, jsonl] {
                #expect(!text.contains("Secret") && !text.contains("Lonely") && !text.contains("\"D1\"") && !text.contains("C1") && !text.contains(input))
                #expect(!text.contains("county") && !text.contains("North East"))
            }
            let decoded = try PeerBenchmark.load(out + "/benchmark.json")
            #expect(decoded.anonymised && decoded.minGroup == 5)
            #expect(decoded.types.keys.sorted() == ["district"] && decoded.regions.keys.sorted() == ["South East"])
            #expect(decoded.omittedGroups == 2)
            #expect(decoded.all.bodies == 7)
            // Rows sorted by what they show, then by score (highest first): the county's type and region are suppressed.
            #expect(summary == """
                type,region,period,overall,weakest_link,cyber-resilience,data-analytics,information-assurance,security-information-ecosystem,completeness,status\r
                district,South East,2026-27,0.12,0,0.12,,,,100.00,below-target\r
                district,South East,2026-27,0.12,0,0.12,,,,100.00,below-target\r
                district,South East,2026-27,0.12,0,0.12,,,,100.00,below-target\r
                district,South East,2026-27,0.00,0,0.00,,,,100.00,below-target\r
                district,South East,2026-27,0.00,0,0.00,,,,100.00,below-target\r
                district,South East,2026-27,0.00,0,0.00,,,,100.00,below-target\r
                suppressed,suppressed,2026-27,0.18,0,0.18,,,,100.00,below-target\r

                """)
            #expect(jsonl.split(separator: "\n").last == #"{"completeness":100.00,"overall":0.18,"period":"2026-27","region":"suppressed","status":"below-target","topics":{"cyber-resilience":0.18},"type":"suppressed","weakestLink":0}"#)
        }
    }

    @Test func formulaInABodyNameIsNeutralisedInCSV() throws {
        try withTemporaryDirectory { base in
            try F.write(F.uniform(id: "=1+1", name: "=HYPERLINK(\"http://evil.example\",\"x\")", region: "@SUM(A1)", levelOne: []), to: base + "/f.yaml")
            _ = try F.run([base + "/f.yaml"], out: base + "/out")
            let row = try FixtureFiles.text(base + "/out/summary.csv").components(separatedBy: "\r\n")[1]
            #expect(row.hasPrefix(#"'=1+1,"'=HYPERLINK(""http://evil.example"",""x"")",,'@SUM(A1),2026-27,0.00,"#))
        }
    }

    @Test func manifestListsFilesRelativeToItselfWithComments() throws {
        try withTemporaryDirectory { base in
            try FileManager.default.createDirectory(atPath: base + "/bodies", withIntermediateDirectories: true)
            try F.write(F.uniform(id: "M1", name: "One", levelOne: []), to: base + "/bodies/one.yaml")
            try F.write(F.uniform(id: "M2", name: "Two", levelOne: ["RES-GOV"]), to: base + "/bodies/two.yaml")
            try "# bodies for the pilot\n\nbodies/two.yaml\n  bodies/one.yaml  \n# done\nbodies/missing.yaml\n".write(toFile: base + "/list.txt", atomically: true, encoding: .utf8)
            let result = try F.run([base + "/list.txt"], out: base + "/out")
            #expect(result.files == 3 && result.scored == 2 && result.failed == 1)
            let ids = try FixtureFiles.text(base + "/out/summary.csv").components(separatedBy: "\r\n").dropFirst().compactMap { $0.split(separator: ",").first }
            #expect(ids == ["M2", "M1"])
            #expect(try FixtureFiles.text(base + "/out/errors.csv").contains("\(base)/bodies/missing.yaml,,,no such file\r\n"))
        }
    }

    @Test func usageProblemsAreBatchErrors() throws {
        try withTemporaryDirectory { base in
            #expect(throws: BatchError.missingInput(base + "/nope")) { try BatchInputs.collect([base + "/nope"]) }
            #expect(throws: BatchError.noInputFiles([base])) { try BatchInputs.collect([base]) }
            try "x".write(toFile: base + "/file", atomically: true, encoding: .utf8)
            try F.write(F.uniform(id: "U1", name: "U", levelOne: []), to: base + "/u.yaml")
            #expect(throws: BatchError.badOutputFolder(path: base + "/file", reason: "it is a file")) {
                try F.run([base + "/u.yaml"], out: base + "/file")
            }
        }
    }
}
