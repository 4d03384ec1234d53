import Foundation
import Mustache

/// The Mustache templates reports are rendered from: the bundled ones (compiled in), parsing with
/// errors that point at the template's line, and escaping for the output format.
enum ReportTemplate {
    case html
    case markdown

    /// The bundled template's file name in `Templates/`.
    var fileName: String {
        switch self {
        case .html: "report.html.mustache"
        case .markdown: "report.md.mustache"
        }
    }

    /// Put before every template of the format, so that `{{value}}` is escaped for it.
    var prologue: String {
        switch self {
        case .html: "{{%CONTENT_TYPE: \(EscapingContentType.html)}}"
        case .markdown: "{{%CONTENT_TYPE: \(EscapingContentType.markdown)}}"
        }
    }

    /// Renders `values` with `custom` template text, or with the bundled template (parsed once
    /// per process). The bundled reports are written by code (`HTMLReportLayout`,
    /// `MarkdownReportLayout`); this path renders custom templates, and the bundled ones for
    /// the tests that check the code against them.
    func render(_ values: [String: Any], custom: String?) throws(ReportError) -> [UInt8] {
        let template: MustacheTemplate
        if let custom {
            EscapingContentType.register()
            try Self.scan(custom, name: "custom template")
            template = try parse(custom, name: "custom template")
        } else {
            template = try bundled.get()
        }
        return Array(template.render(values).utf8)
    }

    /// The bundled template, read and parsed on first use and shared by every thread after.
    private var bundled: Result<MustacheTemplate, ReportError> {
        switch self {
        case .html: Self.bundledHTML
        case .markdown: Self.bundledMarkdown
        }
    }

    private static let bundledHTML = ReportTemplate.html.loadBundled()
    private static let bundledMarkdown = ReportTemplate.markdown.loadBundled()

    private func loadBundled() -> Result<MustacheTemplate, ReportError> {
        EscapingContentType.register()
        return Result { () throws(ReportError) in try parse(bundledText, name: fileName) }
    }

    /// The bundled template's text, compiled in from `Templates/` (`ReportTemplateText`).
    var bundledText: String {
        switch self {
        case .html: ReportTemplateText.html
        case .markdown: ReportTemplateText.markdown
        }
    }

    /// Refuses a template past `TemplateScan`'s limits before swift-mustache's parser, which
    /// recurses once per nested section, sees it.
    static func scan(_ source: String, name: String) throws(ReportError) {
        do {
            _ = try TemplateScan(source)
        } catch {
            let line = source.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(error.mark.line - 1).first ?? ""
            throw .templateSyntax(template: name, line: error.mark.line, column: error.mark.column, text: String(line.prefix(200)), reason: error.message)
        }
    }

    /// Parses `source` after the prologue; a syntax error names the line and column in
    /// `source` itself.
    func parse(_ source: String, name: String) throws(ReportError) -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: prologue + source)
        } catch let error as MustacheTemplate.ParserError {
            let c = error.context
            let onFirstLine = c.lineNumber == 1 && c.line.hasPrefix(prologue)
            throw .templateSyntax(
                template: name,
                line: c.lineNumber,
                column: onFirstLine ? max(1, c.columnNumber - prologue.count) : c.columnNumber,
                text: onFirstLine ? String(c.line.dropFirst(prologue.count)) : c.line,
                reason: Self.reason(error.error))
        } catch {
            throw .templateSyntax(template: name, line: 1, column: 1, text: "", reason: "\(error)")
        }
    }

    /// swift-mustache's parser errors in words; unknown ones have their case name split.
    static func reason(_ error: any Error) -> String {
        let name = String(describing: error)
        let known = [
            "sectionCloseNameIncorrect": "the closing tag does not match the open section",
            "unfinishedName": "a tag is not closed",
            "expectedSectionEnd": "a section is opened but never closed",
            "invalidSetDelimiter": "the set-delimiter tag is badly formed",
            "transformAppliedToInheritanceSection": "a transform cannot apply to an inherited section",
            "illegalTokenInsideInheritSection": "only block definitions may appear inside an inherited partial",
            "textInsideInheritSection": "text may not appear inside an inherited partial",
            "invalidConfigVariableSyntax": "the pragma is badly formed",
            "unrecognisedConfigVariable": "unknown pragma or content type",
            "overflow": "the template ends inside a tag",
        ]
        if let words = known[name] { return words }
        return name.reduce(into: "") { s, c in s += c.isUppercase ? " " + c.lowercased() : String(c) }
    }
}

/// The escaping `{{value}}` gets in the project's templates: `Escaping.html` or
/// `Escaping.markdown`, registered with swift-mustache under a name of the project's own.
struct EscapingContentType: MustacheContentType {
    static let html = "CYBERASSESS_HTML"
    static let markdown = "CYBERASSESS_MARKDOWN"

    let escape: @Sendable (String) -> String

    private static let registration: Void = {
        MustacheContentTypes.register(EscapingContentType(escape: Escaping.html), named: html)
        MustacheContentTypes.register(EscapingContentType(escape: Escaping.markdown), named: markdown)
    }()

    /// Makes the content types known to swift-mustache's parser (once).
    static func register() { _ = registration }

    func escapeText(_ text: String) -> String { escape(text) }
}
