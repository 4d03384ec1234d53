import Foundation
import TestSupport
@testable import Assessment
import Audit

/// A library written into a fresh folder and checked as `validate` checks it.
enum LibraryFolder {
    /// Writes `files` (name to text) beside a catalogue `fw` with items F.1 and F.2, validates
    /// the folder, and returns the problems and warnings with paths relative to it.
    static func check(_ files: [String: String]) throws -> (problems: [String], warnings: [String]) {
        try withTemporaryDirectory { dir in
            try FixtureFiles.write("framework: fw\ntitle: F\nitems: [{id: F.1, title: One}, {id: F.2, title: Two}]\n", to: dir + "/frameworks/fw.yaml")
            for (name, text) in files { try FixtureFiles.write(text, to: dir + "/" + name) }
            let outcome = Validation.check(paths: [dir], fallbackLibrary: { () throws(AssessmentError) in Library() })
            func relative(_ problems: [Problem]) -> [String] { problems.map { $0.description.replacingOccurrences(of: dir + "/", with: "") } }
            return (relative(outcome.problems), relative(outcome.warnings))
        }
    }
}
