import Foundation
import TestSupport
import Testing

@Suite struct MergeCommandTests {
    /// Runs `test` with a temporary folder holding the mini library and answers files named
    /// after the keys of `contents`, and the library's path.
    func withFiles(_ contents: [String: String], _ test: (_ dir: String, _ library: String) throws -> Void) throws {
        try withTemporaryDirectory { dir in
            let library = try FixtureFiles.miniLibrary(in: dir)
            for (name, text) in contents { try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }
            try test(dir, library)
        }
    }

    func merge(_ dir: String, _ library: String, _ extra: [String] = []) throws -> CLIRunner.Result {
        try CLIRunner.run(["merge", "a.yaml", "b.yaml", "-o", "out.yaml", "--questionnaires", library] + extra, directory: dir)
    }

    func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    @Test func disjointAnswersAreAllTaken() throws {
        try withFiles([
            "a.yaml": FixtureFiles.miniAnswers("  MIN-B-01: locked"),
            "b.yaml": FixtureFiles.miniAnswers("  MIN-A-01: some\n  MIN-A-02: {answer: yearly, answered_by: Bob}"),
        ]) { dir, library in
            let result = try merge(dir, library)
            #expect(result.status == 0)
            #expect(result.stdout == "3 answers merged: 3 from one file only, 0 agreeing, 0 settled by --prefer; 0 unresolved conflicts\n")
            #expect(result.stderr == "wrote out.yaml\n")
            // Written in questionnaire order, whatever order the files gave.
            #expect(try read(dir + "/out.yaml") == """
                # Merged by cyberassess merge from a.yaml, b.yaml.
                body:
                  id: E1
                  name: Test Council
                period: 2026-27
                date: 2026-10-01
                questionnaires:
                  mini: 1.0.0
                answers:
                  MIN-A-01: some
                  MIN-A-02:
                    answer: yearly
                    answered_by: Bob
                  MIN-B-01: locked

                """)
        }
    }

    @Test func agreeingAnswersAreTakenOnce() throws {
        try withFiles([
            "a.yaml": FixtureFiles.miniAnswers("  MIN-A-01: {answer: some, evidence: [{title: Backup log}]}"),
            "b.yaml": FixtureFiles.miniAnswers("  MIN-A-01: {answer: some, comment: Servers only, evidence: [{title: Backup log}, {title: Restore test}]}"),
        ]) { dir, library in
            let result = try merge(dir, library)
            #expect(result.status == 0)
            #expect(result.stdout == "1 answer merged: 0 from one file only, 1 agreeing, 0 settled by --prefer; 0 unresolved conflicts\n")
            #expect(try read(dir + "/out.yaml").hasSuffix("""
                answers:
                  MIN-A-01:
                    answer: some
                    comment: Servers only
                    evidence:
                    - title: Backup log
                    - title: Restore test

                """))
        }
    }

    @Test func aConflictIsListedWithBothValuesAndExitsOne() throws {
        try withFiles([
            "a.yaml": FixtureFiles.miniAnswers("  MIN-A-01: {answer: some, comment: Servers only, answered_by: Ann}\n  MIN-B-01: locked"),
            "b.yaml": FixtureFiles.miniAnswers("  MIN-A-01: {answer: all, answered_by: Bob}"),
        ]) { dir, library in
            let result = try merge(dir, library)
            #expect(result.status == 1)
            #expect(result.stdout == """
                1 answer merged: 1 from one file only, 0 agreeing, 0 settled by --prefer; 1 unresolved conflict
                conflict MIN-A-01:
                  a.yaml: some; comment "Servers only"; answered by Ann
                  b.yaml: all; answered by Bob

                """)
            #expect(result.stderr == "wrote out.yaml\nout.yaml: 1 conflict left unresolved and left blank; settle it there, or merge again with --prefer FILE\n")
            let out = try read(dir + "/out.yaml")
            #expect(out.contains("""
                answers:
                  # Conflict, left for a person to settle:
                  # a.yaml: some; comment "Servers only"; answered by Ann
                  # b.yaml: all; answered by Bob
                  MIN-A-01:
                  MIN-B-01: locked

                """))
            // The merged file is itself a valid answers file, with the conflict unanswered.
            let validate = try CLIRunner.run(["validate", dir + "/out.yaml", "--questionnaires", library])
            #expect(validate.status == 0)
        }
    }

    @Test func preferSettlesConflictsForOneFile() throws {
        try withFiles([
            "a.yaml": FixtureFiles.miniAnswers("  MIN-A-01: some"),
            "b.yaml": FixtureFiles.miniAnswers("  MIN-A-01: all"),
        ]) { dir, library in
            let result = try merge(dir, library, ["--prefer", "./b.yaml"])
            #expect(result.status == 0)
            #expect(result.stdout == """
                1 answer merged: 0 from one file only, 0 agreeing, 1 settled by --prefer; 0 unresolved conflicts
                settled MIN-A-01: kept the answer in b.yaml
                  a.yaml: some
                  b.yaml: all

                """)
            #expect(try read(dir + "/out.yaml").hasSuffix("answers:\n  MIN-A-01: all\n"))
        }
    }

    @Test func refusesFilesForDifferentBodies() throws {
        try withFiles([
            "a.yaml": FixtureFiles.miniAnswers("  MIN-A-01: some"),
            "b.yaml": FixtureFiles.miniAnswers("  MIN-A-01: some", body: "E2"),
        ]) { dir, library in
            let result = try merge(dir, library)
            #expect(result.status == 1)
            #expect(result.stderr == "the files are for different bodies, so they cannot be merged:\n  a.yaml: E1 (Test Council)\n  b.yaml: E2 (Test Council)\n")
            #expect(!FileManager.default.fileExists(atPath: dir + "/out.yaml"))
        }
    }

    @Test func preferMustNameAnInput() throws {
        try withFiles(["a.yaml": FixtureFiles.miniAnswers("  MIN-A-01: some"), "b.yaml": FixtureFiles.miniAnswers("  MIN-A-01: all")]) { dir, library in
            let result = try merge(dir, library, ["--prefer", "c.yaml"])
            #expect(result.status == 2)
            #expect(result.stderr.contains("--prefer c.yaml is not one of the files being merged (a.yaml, b.yaml)"))
        }
    }
}
