import Foundation
import TestSupport
import Testing

/// `cyberassess assess` driven through stdin, one input per line, as a script would.
@Suite struct AssessCommandTests {
    static let header = """
        # cyberassess answers file, written by `cyberassess assess` after every answer.
        # Continue with:  cyberassess assess --answers THIS_FILE
        # Score with:     cyberassess score THIS_FILE
        body:
          id: E1
          name: Test Council
        period: 2026-27
        date: 2026-10-01
        questionnaires:
          mini: 1.0.0
        answers:
        """

    func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    /// The comment `init` writes above each question of the mini questionnaire, which
    /// `assess` keeps on every rewrite.
    static let guide: [(id: String, comment: String)] = [
        ("MIN-A-01", """
              # == Mini check (mini 1.0.0, graded) ==
              #
              # -- MIN-A: Alpha --
              # MIN-A-01: Are backups taken?
              #   none: No backups (level 0)
              #   some: Some systems (level 1)
              #   all: All systems (level 2)
            """),
        ("MIN-A-02", """
              # MIN-A-02: Are backups tested?
              #   never: Never (level 0)
              #   yearly: Every year (level 2)
              #   only if MIN-A-01 is some or all
            """),
        ("MIN-B-01", """
              # -- MIN-B: Beta --
              # MIN-B-01: Is the server room secured?
              #   open: Open to all (level 0)
              #   locked: Locked and logged (level 2)
              #   na: not applicable (add a justification)
            """),
    ]

    /// The file `assess` writes: the header, then every question with its guide comment and
    /// its entry from `entries` (the text after `ID:`; a block entry starts with a line break),
    /// blank when it has none.
    static func file(_ entries: [String: String]) -> String {
        header + "\n" + guide.map { "\($0.comment)\n  \($0.id):\(entries[$0.id].map { $0.hasPrefix("\n") ? $0 : " " + $0 } ?? "")\n" }.joined()
    }

    @Test func answersEveryQuestionThenPrintsTheReport() throws {
        try withTemporaryDirectory { dir in
            let library = try FixtureFiles.miniLibrary(in: dir)
            let file = "a.yaml"
            let result = try CLIRunner.run(CLIRunner.assessNewFile(file, library: library), stdin: "2\n2\nn\nNo server room since the move to the cloud.\n", directory: dir)
            #expect(result.status == 0)
            #expect(result.stderr == "")
            #expect(try read(dir + "/a.yaml") == Self.file([
                "MIN-A-01": "some", "MIN-A-02": "yearly",
                "MIN-B-01": "\n    answer: na\n    justification: No server room since the move to the cloud.",
            ]))
            #expect(result.stdout.hasPrefix("""
                Created \(file) for Test Council, 2026-27: 0 of 2 applicable answered.
                Mini check › MIN-A Alpha
                Question 1 of 2 · answered 0/2

                MIN-A-01
                Are backups taken?

                  1  No backups (level 0)
                  2  Some systems (level 1)
                  3  All systems (level 2)

                1-3 answer · c comment · e evidence · b back · s skip · ? guidance ·
                q save and quit
                > 2
                Saved MIN-A-01: some.
                Mini check › MIN-A Alpha
                Question 2 of 3 · answered 1/3

                """))
            #expect(result.stdout.contains("""
                > n
                Why does MIN-B-01 not apply? (required; an empty line cancels)
                > No server room since the move to the cloud.
                Saved MIN-B-01: not applicable.
                All 3 applicable questions are answered (use --review to walk them again). Answers saved in \(file).

                """))
            #expect(result.stdout.contains(" summary: Test Council (E1)\nPeriod 2026-27 · assessed 2026-10-01\n"))
            #expect(result.stdout.hasSuffix("\nFull report: cyberassess score \(file) --format html -o report.html\n"))
        }
    }

    @Test func skippingAndGoingBack() throws {
        try withTemporaryDirectory { dir in
            let library = try FixtureFiles.miniLibrary(in: dir)
            let file = dir + "/a.yaml"
            let result = try CLIRunner.run(CLIRunner.assessNewFile(file, library: library), stdin: "s\nb\n3\n1\n")
            #expect(result.status == 0)
            #expect(result.stdout.contains("> s\nSkipped MIN-A-01.\nMini check › MIN-B Beta\nQuestion 2 of 2 · answered 0/2\n"))
            #expect(result.stdout.contains("> b\nMini check › MIN-A Alpha\nQuestion 1 of 2 · answered 0/2\n"))
            #expect(result.stdout.hasSuffix("\nEnd of input: answers saved in \(file) (2 of 3 applicable answered).\n"))
            #expect(try read(file) == Self.file(["MIN-A-01": "all", "MIN-A-02": "never"]))
        }
    }

    @Test func commentThenQuitThenResumeWhereLeftOff() throws {
        try withTemporaryDirectory { dir in
            let library = try FixtureFiles.miniLibrary(in: dir)
            let file = "a.yaml"
            let first = try CLIRunner.run(CLIRunner.assessNewFile(file, library: library), stdin: "c\nAsk the service desk\n2\nq\n", directory: dir)
            #expect(first.status == 0)
            #expect(first.stdout.contains("""
                > c
                Comment for MIN-A-01 (an empty line cancels)
                > Ask the service desk
                Saved the comment on MIN-A-01.
                """))
            #expect(first.stdout.contains("> q\nSaved \(file); 2 applicable questions unanswered. Run the same command again to continue where you left off.\n"))
            #expect(first.stdout.contains(" summary: Test Council (E1)\n"))
            #expect(try read(dir + "/a.yaml") == Self.file(["MIN-A-01": "\n    answer: some\n    comment: Ask the service desk"]))

            // Reopened without the body options, it continues at the first unanswered question.
            let second = try CLIRunner.run(["assess", "--answers", file, "--questionnaires", library], stdin: "", directory: dir)
            #expect(second.status == 0)
            #expect(second.stdout == """
                Continuing \(file) for Test Council, 2026-27: 1 of 3 applicable answered.
                Mini check › MIN-A Alpha
                Question 2 of 3 · answered 1/3

                MIN-A-02
                Are backups tested?

                  1  Never (level 0)
                  2  Every year (level 2)

                1-2 answer · c comment · e evidence · b back · s skip · q save and quit
                > 
                End of input: answers saved in \(file) (1 of 3 applicable answered).

                """)

            // --review starts again at the first question, showing the answer given.
            let review = try CLIRunner.run(["assess", "--answers", file, "--review", "--questionnaires", library], stdin: "", directory: dir)
            #expect(review.stdout.contains("""
                  1  No backups (level 0)
                * 2  Some systems (level 1)
                  3  All systems (level 2)

                Current answer: some: Some systems
                Comment: Ask the service desk

                """))
        }
    }

    @Test func endOfInputSavesWhatWasAnsweredAndExitsCleanly() throws {
        try withTemporaryDirectory { dir in
            let library = try FixtureFiles.miniLibrary(in: dir)
            let file = dir + "/a.yaml"
            // The last line has no line break; it still counts.
            let result = try CLIRunner.run(CLIRunner.assessNewFile(file, library: library), stdin: "1\n2")
            #expect(result.status == 0)
            #expect(result.stdout.contains("All 2 applicable questions are answered"))
            #expect(try read(file) == Self.file(["MIN-A-01": "none", "MIN-B-01": "locked"]))

            let empty = try CLIRunner.run(CLIRunner.assessNewFile(dir + "/b.yaml", library: library), stdin: "")
            #expect(empty.status == 0)
            #expect(empty.stdout.hasSuffix("\nEnd of input: answers saved in \(dir)/b.yaml (0 of 2 applicable answered).\n"))
            #expect(try read(dir + "/b.yaml") == Self.file([:]))
        }
    }

    @Test func refusesAFileForAnotherBody() throws {
        try withTemporaryDirectory { dir in
            let library = try FixtureFiles.miniLibrary(in: dir)
            let file = dir + "/a.yaml"
            try FixtureFiles.miniAnswers("  MIN-A-01: some").write(toFile: file, atomically: true, encoding: .utf8)
            let before = try read(file)
            let result = try CLIRunner.run(["assess", "--answers", file, "--body-id", "E2", "--questionnaires", library], stdin: "1\n")
            #expect(result.status == 1)
            #expect(result.stderr == "\(file): belongs to body E1 (Test Council), not E2 given with --body-id; refusing to open it. Check --answers, or leave out --body-id to continue that body's file.\n")
            #expect(result.stdout == "")
            #expect(try read(file) == before)
        }
    }

    @Test func refusesAFileForAnotherPeriodOrBodyName() throws {
        try withTemporaryDirectory { dir in
            let library = try FixtureFiles.miniLibrary(in: dir)
            let file = dir + "/a.yaml"
            try FixtureFiles.miniAnswers("  MIN-A-01: some").write(toFile: file, atomically: true, encoding: .utf8)
            let before = try read(file)
            let period = try CLIRunner.run(["assess", "--answers", file, "--period", "2027-28", "--questionnaires", library], stdin: "1\n")
            #expect(period.status == 1)
            #expect(period.stderr == "\(file): is for period 2026-27, not 2027-28 given with --period; refusing to open it. Start a new answers file for 2027-28 with 'cyberassess init', or leave out --period to continue this one.\n")
            let name = try CLIRunner.run(["assess", "--answers", file, "--body-name", "Other Council", "--questionnaires", library], stdin: "1\n")
            #expect(name.status == 1)
            #expect(name.stderr == "\(file): belongs to Test Council, not Other Council given with --body-name; refusing to open it. Check --answers, or leave out --body-name to continue that body's file.\n")
            #expect(try read(file) == before)
        }
    }

    @Test func addsAQuestionnaireToAnExistingFileOnlyWhenAsked() throws {
        try withTemporaryDirectory { dir in
            let library = try FixtureFiles.miniLibrary(in: dir)
            let second = FixtureFiles.miniQuestionnaire.replacingOccurrences(of: "id: mini\n", with: "id: mini-two\n").replacingOccurrences(of: "MIN-", with: "TWO-")
            try second.write(toFile: library + "/mini-two.yaml", atomically: true, encoding: .utf8)
            let file = dir + "/a.yaml"
            try FixtureFiles.miniAnswers("  MIN-A-01: some").write(toFile: file, atomically: true, encoding: .utf8)
            let before = try read(file)
            let refused = try CLIRunner.run(["assess", "--answers", file, "--questionnaire", "mini-two", "--questionnaires", library], stdin: "")
            #expect(refused.status == 2)
            #expect(refused.stderr == "\(file): does not answer mini-two; refusing to add it without --add-questionnaires (the file answers mini)\n")
            #expect(try read(file) == before)
            let added = try CLIRunner.run(["assess", "--answers", file, "--questionnaire", "mini-two", "--add-questionnaires", "--questionnaires", library], stdin: "")
            #expect(added.status == 0, "\(added.stderr)")
            #expect(try read(file).contains("mini-two: 1.0.0"))
        }
    }

    @Test func refusesAFileForAnotherQuestionnaireVersion() throws {
        try withTemporaryDirectory { dir in
            let library = try FixtureFiles.miniLibrary(in: dir)
            let file = dir + "/a.yaml"
            try FixtureFiles.miniAnswers("  MIN-A-01: some", version: "0.9.0").write(toFile: file, atomically: true, encoding: .utf8)
            let result = try CLIRunner.run(["assess", "--answers", file, "--questionnaires", library], stdin: "1\n")
            #expect(result.status == 1)
            #expect(result.stderr == "\(file): was written for mini version 0.9.0, but the library has version 1.0.0; refusing to open it. Use the library it was written for, or start a new answers file.\n")
        }
    }

    @Test func aNewFileNeedsTheBodyAndPeriod() throws {
        try withTemporaryDirectory { dir in
            let library = try FixtureFiles.miniLibrary(in: dir)
            let result = try CLIRunner.run(["assess", "--answers", dir + "/a.yaml", "--body-id", "E1", "--questionnaires", library], stdin: "")
            #expect(result.status == 2)
            #expect(result.stderr.contains("\(dir)/a.yaml does not exist yet; to start a new assessment give --body-id, --body-name and --period (missing: --body-name, --period)"))
            #expect(!FileManager.default.fileExists(atPath: dir + "/a.yaml"))
        }
    }

    @Test func terminalControlCharactersInQuestionsAndInputAreNotEchoed() throws {
        let evil = FixtureFiles.miniQuestionnaire.replacingOccurrences(
            of: "text: Are backups taken?", with: #"text: "Are \e]0;pwned\a backups \e[2J taken?""#)
        try withTemporaryDirectory { dir in
            let library = try FixtureFiles.miniLibrary(in: dir, questionnaire: evil)
            let result = try CLIRunner.run(CLIRunner.assessNewFile(dir + "/a.yaml", library: library), stdin: "\u{1B}[31mred\n")
            #expect(result.status == 0)
            #expect(result.stdout.contains("\nAre backups taken?\n"))
            #expect(result.stdout.contains("> red\n'red' is not an option here"))
            #expect(!result.stdout.contains("\u{1B}"))
            #expect(!result.stdout.contains("\u{07}"))
        }
    }

    /// Kills the command with SIGKILL at many moments of a run that saves one answer: the
    /// file is always byte for byte the old one or the new one, never a mix or a fragment.
    @Test func killDuringSavingLeavesTheOldOrTheNewFile() throws {
        try withTemporaryDirectory { dir in
            let library = try FixtureFiles.miniLibrary(in: dir)
            let file = dir + "/a.yaml"
            let arguments = ["assess", "--answers", file, "--questionnaires", library]
            let old = FixtureFiles.miniAnswers("  MIN-A-01: some")
            try old.write(toFile: file, atomically: true, encoding: .utf8)
            let started = Date()
            #expect(try CLIRunner.run(arguments, stdin: "2\n").status == 0)
            let runtime = Date().timeIntervalSince(started)
            let new = try read(file)
            #expect(new == Self.file(["MIN-A-01": "some", "MIN-A-02": "yearly"]))

            // Kill ever later, in steps of a twentieth of a run, until several runs got to save.
            var outcomes = (old: 0, new: 0)
            var step = 0
            while outcomes.new < 3, step < 200 {
                defer { step += 1 }
                try old.write(toFile: file, atomically: true, encoding: .utf8)
                let process = Process()
                process.executableURL = URL(fileURLWithPath: CLIRunner.executable)
                process.arguments = arguments
                process.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { $1 }
                let input = Pipe()
                process.standardInput = input
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try process.run()
                input.fileHandleForWriting.write(Data("2\n".utf8))
                try input.fileHandleForWriting.close()
                usleep(useconds_t(runtime * 1_000_000 * Double(step) / 20))
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                let text = try read(file)
                #expect(text == old || text == new, "kill after \(step) steps: the file is neither the old nor the new one:\n\(text)")
                if text == old { outcomes.old += 1 } else if text == new { outcomes.new += 1 }
            }
            // The kills spanned the save: some runs were stopped before it, some after.
            #expect(outcomes.old > 0)
            #expect(outcomes.new > 0)
        }
    }
}

/// `assess` keeps what `init` wrote: the editor's schema line and each question's options.
@Suite struct AssessKeepsInitLayoutTests {
    @Test func rewritingAnInitFileKeepsItsSchemaLineAndOptionComments() throws {
        try withTemporaryDirectory { dir in
            let library = try FixtureFiles.miniLibrary(in: dir)
            let file = dir + "/a.yaml"
            let made = try CLIRunner.run(["init", "--body-id", "E1", "--body-name", "Test Council", "--period", "2026-27", "--date", "2026-10-01", "-o", file, "--questionnaires", library])
            #expect(made.status == 0)
            let before = try FixtureFiles.text(file)
            let modeline = try #require(before.split(separator: "\n").first)
            #expect(modeline.hasPrefix("# yaml-language-server: $schema="))
            #expect(try CLIRunner.run(["assess", "--answers", file, "--questionnaires", library], stdin: "2\n").status == 0)
            let after = try FixtureFiles.text(file)
            #expect(after.split(separator: "\n").first == modeline)
            for (_, comment) in AssessCommandTests.guide { #expect(after.contains(comment + "\n")) }
            #expect(after.contains("\n  MIN-A-01: some\n"))
        }
    }
}
