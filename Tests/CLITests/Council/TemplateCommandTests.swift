import Foundation
import TestSupport
import Testing

/// `score --template`: a custom template that writes input text unescaped is warned about,
/// and refused with `--strict`.
@Suite struct TemplateCommandTests {
    let library = Repository.root + "/Tests/AssessmentTests/Fixtures/library"
    let answers = Repository.root + "/Tests/AssessmentTests/Fixtures/answers.yaml"

    let scratch: TemporaryFolder

    init() throws { scratch = try TemporaryFolder() }

    func template(_ text: String) throws -> String {
        let path = scratch.path + "/t-\(UUID().uuidString).mustache"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func rawOutputIsWarnedAbout() throws {
        let path = try template("<h1>{{title}}</h1>\n<p>{{{body.name}}}</p>\n")
        let result = try CLIRunner.run(["score", answers, "--questionnaires", library, "--format", "html", "--template", path])
        #expect(result.status == 0)
        #expect(result.stdout == "<h1>Cyber resilience report: Test Council, 2026-27</h1>\n<p>Test Council</p>\n")
        #expect(result.stderr == "\(path):2:4: warning: {{{body.name}}} writes input text into the report unescaped; write {{body.name}} to escape it (--strict refuses such templates)\n")
    }

    @Test func rawOutputIsRefusedWithStrict() throws {
        let path = try template("<p>{{& body.name}}</p>\n")
        let result = try CLIRunner.run(["score", answers, "--questionnaires", library, "--format", "html", "--template", path, "--strict"])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "\(path):1:4: {{& body.name}} writes input text into the report unescaped; write {{body.name}} to escape it (refused under --strict)\n")
    }

    @Test func tooDeepATemplateIsRefused() throws {
        let path = try template(String(repeating: "{{#a}}", count: 3_000) + String(repeating: "{{/a}}", count: 3_000))
        let result = try CLIRunner.run(["score", answers, "--questionnaires", library, "--format", "html", "--template", path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(path):1:193: sections are nested more than 32 deep"))
    }
}
