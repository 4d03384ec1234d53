import Assessment
import CyberYAML
import Foundation
import Testing
@testable import Importers

/// Paths and helpers shared by the importer tests.
enum ImportFixtures {
    /// A fixture file shipped with the tests.
    static func path(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)!.path
    }

    /// A source file made from inline text, named as a user's download would be.
    static func source(_ text: String, name: String = "sample-v1.0.yaml") -> SourceFile {
        SourceFile(path: name, bytes: Array(text.utf8))
    }

    /// The document written at `path` in an import, decoded as cyberassess reads it.
    static func decode<T: Decodable>(_ type: T.Type, _ result: ImportResult, _ path: String) throws -> T {
        let document = try #require(result.documents.first { $0.path == path })
        let text = try Emitter.emit(document.node, header: document.header)
        return try NodeDecoder().decode(type, from: Parser.parse(text))
    }

    /// The errors an import stopped with.
    static func errors(_ body: () throws(AssessmentError) -> ImportResult) -> [Problem] {
        do {
            _ = try body()
            return []
        } catch {
            return error.problems
        }
    }
}

