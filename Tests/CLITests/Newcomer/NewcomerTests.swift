import Foundation
import TestSupport
import Testing

/// What a newcomer trips over first: a wrong library folder, a typo in a command, a negative
/// number, an empty folder. Each gets one clear message and the documented exit code.
@Suite struct NewcomerTests {
    let answers = Repository.fixtures + "/answers.yaml"

    @Test func aMissingLibraryFolderIsNamedOnce() throws {
        let result = try CLIRunner.run(["score", answers, "--questionnaires", "/nonexistent/library"])
        #expect(result.status == 2)
        #expect(result.stderr == "/nonexistent/library: no such folder (given by --questionnaires); give the folder that holds the questionnaires and frameworks/\n")
    }

    @Test func aLibraryFolderWithoutQuestionnairesIsRefused() throws {
        let folder = try TemporaryFolder()
        let result = try CLIRunner.run(["score", answers], environment: ["CYBERASSESS_QUESTIONNAIRES": folder.path])
        #expect(result.status == 2)
        #expect(result.stderr == "\(folder.path): holds no questionnaires (given by CYBERASSESS_QUESTIONNAIRES); give the folder that holds the questionnaires and frameworks/\n")
    }

    @Test func aMistypedCommandGetsASuggestion() throws {
        let result = try CLIRunner.run(["scroe", answers])
        #expect(result.status == 2)
        #expect(result.stderr.hasSuffix("Did you mean 'cyberassess score'?\n"))
    }

    @Test func aNegativeNumberIsReadAsTheValueAndRefusedForItsRange() throws {
        let result = try CLIRunner.run(["compare", answers, answers, "--threshold", "-1"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: --threshold: expected a score drop from 0 to 10, found -1.0\n"))
        #expect(result.stderr.contains("Usage: cyberassess compare "))
    }

    @Test func validateOnAnEmptyFolderSaysNothingWasFound() throws {
        let folder = try TemporaryFolder()
        let result = try CLIRunner.run(["validate", folder.path, "--questionnaires", Repository.fixtures + "/library"])
        #expect(result.status == 1)
        #expect(result.stderr == "no .yaml or .yml files found in \(folder.path); give questionnaires, catalogues or answers files, or folders holding them\n")
    }
}
