@testable import Assessment
import Audit
import Foundation
import TestSupport
import JSONSchemas

/// Files in the repository that the schema tests read, found from this file's location.
enum RepoFiles {
    static let root = Repository.root
    static let questionnaires = Repository.questionnaires
    static let fixtures = Repository.fixtures

    /// The published schema file of a kind.
    static func schemaPath(_ kind: SchemaKind) -> String { root + "/schemas/" + kind.fileName }

    /// The schema of a kind, read from `schemas/`.
    static func schema(_ kind: SchemaKind) throws -> JSONValue { try JSONValue(file: schemaPath(kind)) }

    /// The files that must validate against each kind's schema: the library, its examples,
    /// the golden reports and the test fixtures' valid files.
    static func examples(_ kind: SchemaKind) -> [String] {
        switch kind {
        case .questionnaire:
            YAMLFiles.list(in: questionnaires) + YAMLFiles.list(in: fixtures + "/library") + [fixtures + "/mini-questionnaire.yaml"]
        case .catalogue:
            YAMLFiles.list(in: questionnaires + "/frameworks") + YAMLFiles.list(in: fixtures + "/library/frameworks")
        case .answers:
            YAMLFiles.listRecursively(in: questionnaires + "/examples") + [fixtures + "/answers.yaml"]
        case .targets:
            []
        case .report:
            ((try? FileManager.default.contentsOfDirectory(atPath: root + "/reports/examples")) ?? [])
                .filter { $0.hasSuffix(".json") && !$0.hasSuffix("-comparison.json") }.sorted().map { root + "/reports/examples/" + $0 }
        }
    }
}
