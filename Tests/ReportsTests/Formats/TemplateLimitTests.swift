import Assessment
import CyberYAML
import Foundation
import TestSupport
import Testing
@testable import Reports

/// Custom templates are scanned before swift-mustache parses them: too deep a nesting is
/// refused with its place, and tags that write input text unescaped are found.
@Suite struct TemplateLimitTests {
    let scratch: TemporaryFolder

    init() throws { scratch = try TemporaryFolder() }

    func file(_ text: String) throws -> String {
        let path = scratch.path + "/template-\(UUID().uuidString).mustache"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func nested(_ depth: Int) -> String {
        String(repeating: "{{#a}}", count: depth) + "x" + String(repeating: "{{/a}}", count: depth)
    }

    @Test func deeplyNestedSectionsAreRefusedWithTheirPlace() throws {
        // Thousands of levels overflowed the parser's stack; 100,000 made it hang.
        let path = try file("<p>\n" + Self.nested(5_000))
        let column = TemplateScan.maxDepth * 6 + 1
        #expect(throws: AssessmentError.invalid([Problem(file: path, mark: Mark(line: 2, column: column), message:
            "sections are nested more than \(TemplateScan.maxDepth) deep; a custom template may nest at most \(TemplateScan.maxDepth)")])) {
            _ = try TemplateFile.read(path)
        }
    }

    @Test func invertedAndBlockSectionsCountToo() throws {
        let text = String(repeating: "{{^a}}{{$b}}", count: 20) + String(repeating: "{{/b}}{{/a}}", count: 20)
        #expect(throws: AssessmentError.self) { _ = try TemplateFile.read(try file(text)) }
    }

    @Test func nestingAtTheLimitIsAccepted() throws {
        let template = try TemplateFile.read(try file(Self.nested(TemplateScan.maxDepth)))
        #expect(template.rawOutputs.isEmpty)
    }

    @Test func tagsInsideCommentsDoNotCount() throws {
        _ = try TemplateFile.read(try file("{{! " + String(repeating: "{{#a ", count: 100) + "}}ok"))
    }

    @Test func theRendererRefusesADeepTemplateGivenAsText() throws {
        #expect(throws: ReportError.self) {
            _ = try ReportRenderer.render(Sample.report, as: .html, options: RenderOptions(template: Self.nested(TemplateScan.maxDepth + 1)))
        }
    }

    @Test func changingDelimitersIsRefused() throws {
        let path = try file("ok\n{{=<% %>=}}\n<%#a%>")
        #expect(throws: AssessmentError.invalid([Problem(file: path, mark: Mark(line: 2, column: 1), message:
            "changing the tag delimiters ({{=...=}}) is not supported in custom templates; use {{ and }}")])) {
            _ = try TemplateFile.read(path)
        }
    }

    @Test func rawOutputTagsAreFoundWithTheirPlace() throws {
        let template = try TemplateFile.read(try file("<h1>{{title}}</h1>\n<p>{{{body.name}}} {{& body.id }}</p>\n{{%CONTENT_TYPE: TEXT}}\n"))
        #expect(template.rawOutputs.map(\.mark) == [Mark(line: 2, column: 4), Mark(line: 2, column: 20), Mark(line: 3, column: 1)])
        #expect(template.rawOutputs.map(\.tag) == ["{{{body.name}}}", "{{& body.id }}", "{{%CONTENT_TYPE: TEXT}}"])
    }
}

extension TemplateLimitTests {
    @Test func tooManyTagsAreRefused() throws {
        // 100,000 plain tags kept swift-mustache busy for minutes.
        let path = try file(String(repeating: "{{title}}\n", count: TemplateScan.maxTags + 1))
        #expect(throws: AssessmentError.invalid([Problem(file: path, mark: Mark(line: TemplateScan.maxTags + 1, column: 1), message:
            "more than \(TemplateScan.maxTags) tags; a custom template may have at most \(TemplateScan.maxTags)")])) {
            _ = try TemplateFile.read(path)
        }
        _ = try TemplateFile.read(try file(String(repeating: "{{title}}\n", count: TemplateScan.maxTags)))
    }
}
