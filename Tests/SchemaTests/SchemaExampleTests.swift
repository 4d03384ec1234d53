@testable import Assessment
import Authoring
import Audit
import CyberYAML
import Foundation
import JSONSchemas
import TestSupport
import Testing

/// Every example, golden file and valid fixture validates against its published schema, and
/// the schemas compiled into the executable are the published files.
@Suite struct SchemaExampleTests {
    /// Checks `value` against the kind's schema, recording one issue per problem.
    func expectValid(_ value: JSONValue, _ kind: SchemaKind, _ name: String) throws {
        let problems = JSONSchemaChecker(schema: try RepoFiles.schema(kind)).problems(in: value)
        #expect(problems.isEmpty, "\(name) does not match \(kind.fileName):\n\(problems.prefix(10).joined(separator: "\n"))")
    }

    @Test(arguments: SchemaKind.allCases) func embeddedSchemaIsThePublishedFile(kind: SchemaKind) throws {
        let file = try String(contentsOfFile: RepoFiles.schemaPath(kind), encoding: .utf8)
        #expect(kind.text == file, "Sources/JSONSchemas/SchemaText+Generated.swift is out of date; run swift run generate-cyberassess")
    }

    @Test(arguments: SchemaKind.allCases) func schemaUsesOnlyKeywordsTheCheckerKnows(kind: SchemaKind) throws {
        let schema = try RepoFiles.schema(kind)
        #expect(JSONSchemaChecker(schema: schema).unsupportedKeywords() == [])
        #expect(schema.object?["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
    }

    @Test(arguments: [SchemaKind.questionnaire, .catalogue, .answers, .report]) func everyExampleValidates(kind: SchemaKind) throws {
        let files = RepoFiles.examples(kind)
        #expect(!files.isEmpty)
        for file in files {
            try expectValid(try JSONValue(file: file), kind, file)
        }
    }

    @Test func everyQuestionnaireProfileIsAValidTargetsFile() throws {
        var count = 0
        for file in RepoFiles.examples(.questionnaire) {
            for profile in try JSONValue(file: file).object?["profiles"]?.array ?? [] {
                try expectValid(profile, .targets, "a profile in \(file)")
                count += 1
            }
        }
        #expect(count > 3)
    }

    @Test func aTargetsFileTheScorerAcceptsValidates() throws {
        let text = "id: strict\ntitle: Strict\ndomains: {G-D1: 4}\noutcomes: {O-1: achieved}\n"
        let folder = try TemporaryFolder()
        let path = folder.path + "/targets.yaml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        _ = try TargetsFile.load(path, library: try Library.loadStrict(directory: RepoFiles.fixtures + "/library"))
        try expectValid(JSONValue(yaml: try Parser.parse(text)), .targets, "targets file")
    }

    @Test func reportsTheScorerWritesValidate() throws {
        for report in try SampleReports.all() {
            try expectValid(try JSONValue(json: report.canonicalJSON()), .report, "the report of \(report.body.id)")
        }
    }

    @Test func theInitTemplateValidatesAndNamesItsSchemaFirst() throws {
        let library = try Library.loadStrict(directory: RepoFiles.questionnaires)
        let text = try AnswersTemplate.make(
            questionnaires: library.questionnaires, body: Body(id: "E1", name: "Test Council", type: "district"),
            period: "2026-27", assessor: nil, date: Day(year: 2026, month: 10, day: 1), schema: "../schemas/answers.schema.json")
        #expect(text.hasPrefix("# yaml-language-server: $schema=../schemas/answers.schema.json\n# cyberassess answers file for Test Council.\n"))
        try expectValid(JSONValue(yaml: try Parser.parse(text)), .answers, "the init template")
    }

    // The checker is only worth its passes if it fails bad files: one mistake of each kind.

    @Test func aMisspeltKeyIsRefused() throws {
        let text = "id: x\nversion: 1.0.0\ntitle: X\ntopic: resilience\nscale: [{level: 0, name: None}]\ntarget: 0\ndomains: [{id: D, title: D, questions: [{id: Q, text: Q, wieght: 2}]}]\n"
        let problems = JSONSchemaChecker(schema: try RepoFiles.schema(.questionnaire)).problems(in: JSONValue(yaml: try Parser.parse(text)))
        #expect(problems == ["domains[0].questions[0]: unknown key 'wieght'"])
    }

    @Test func wrongTypesMissingKeysAndBadValuesAreRefused() throws {
        let text = """
            body: {id: E1, type: parish}
            period: 2026-27
            date: 2026-13-1
            questionnaires: {cyber-resilience: 1.0.0}
            answers:
              A: {answer: x, agreed: [A1]}
              B: [x]
              C: {evidence: [{title: Log, date: 12}]}
            """
        let problems = JSONSchemaChecker(schema: try RepoFiles.schema(.answers)).problems(in: JSONValue(yaml: try Parser.parse(text)))
        #expect(problems.contains("body: missing required key 'name'"))
        #expect(problems.contains { $0.hasPrefix("body.type: expected one of \"district\"") })
        #expect(problems.contains("date: \"2026-13-1\" does not match ^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))
        #expect(problems.contains { $0.hasPrefix("answers.A: matches none of the 3 allowed forms") })
        #expect(problems.contains { $0.hasPrefix("answers.B: matches none of the 3 allowed forms") })
        #expect(problems.contains { $0.hasPrefix("answers.C: matches none of the 3 allowed forms") && $0.contains("expected string, found 12") })
        #expect(problems.count == 6)
    }

    @Test func yamlScalarsAreTypedAsTheYAMLLanguageServerTypesThem() throws {
        let node = try Parser.parse("a: 1\nb: 1.5\nc: 1.0.0\nd: 2026-27\ne: true\nf: yes\ng: ~\nh: '3'\ni: 0x1F\nj: -2e3\nk: .5\n")
        #expect(JSONValue(yaml: node) == .object([
            "a": .number(1), "b": .number(1.5), "c": .string("1.0.0"), "d": .string("2026-27"), "e": .bool(true),
            "f": .string("yes"), "g": .null, "h": .string("3"), "i": .number(31), "j": .number(-2000), "k": .number(0.5),
        ]))
        #expect(try JSONValue(json: Array(#"{"a": [true, 1, "x", null]}"#.utf8)) == .object(["a": .array([.bool(true), .number(1), .string("x"), .null])]))
    }
}
