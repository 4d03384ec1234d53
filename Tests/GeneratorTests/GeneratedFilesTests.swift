import Foundation
import Testing

@testable import generate_cyberassess

/// The checked-in `*+Generated.swift` files are what the generator writes from today's
/// schemas, templates and questionnaires, so an edit to one of those cannot ship unseen.
@Suite struct GeneratedFilesTests {
    let generator = Generator(root: GenerateCyberassess.packageRoot)

    @Test func everyGeneratedFileIsCurrent() throws {
        let outdated = try generator.outdated()
        #expect(outdated.isEmpty, "out of date: \(outdated.joined(separator: ", ")); run `swift run generate-cyberassess` and commit the result")
    }

    @Test func theGeneratedFilesAreTheOnesListed() throws {
        #expect(try generator.files().map(\.path) == [
            "Sources/JSONSchemas/SchemaText+Generated.swift",
            "Sources/Reports/Templating/ReportTemplateText+Generated.swift",
            "Sources/BundledLibrary/BundledLibrary+Generated.swift",
        ])
    }

    @Test func theLibraryHoldsTheQuestionnairesTheFrameworksAndTheDemo() throws {
        let paths = try generator.libraryPaths()
        #expect(paths.first == "cyber-resilience.yaml")
        #expect(paths.contains("frameworks/ncsc-caf.yaml"))
        #expect(paths.last == "examples/demo-council.yaml")
        #expect(!paths.contains { $0.hasPrefix("examples/bodies/") })
    }

    @Test func aLiteralKeepsItsTextByteForByte() throws {
        #expect(try RawStringLiteral("a\n", name: "t").source == "#\"\"\"\na\n\n\"\"\"#")
        // Text holding the one-hash escape and closing delimiter needs two hashes.
        #expect(try RawStringLiteral("x \\#(y) \"\"\"#", name: "t").source == "##\"\"\"\nx \\#(y) \"\"\"#\n\"\"\"##")
    }

    @Test func aCarriageReturnIsRefused() {
        #expect(throws: RawStringLiteral.CarriageReturn.self) { try RawStringLiteral("a\r\nb", name: "t.yaml") }
    }
}
