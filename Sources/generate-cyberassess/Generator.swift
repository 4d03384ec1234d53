import Foundation

/// Writes the Swift that carries the package's text files into the executable: the JSON
/// Schemas, the report templates and their stylesheet, and the bundled questionnaire library.
/// The files people edit stay where they are; this makes the `*+Generated.swift` files from
/// them, and `GeneratorTests` fails while a checked-in one differs from what it would write.
struct Generator {
    /// The package root (the folder holding `Package.swift`).
    let root: URL

    /// What went wrong reading a source file.
    enum Failure: Error, CustomStringConvertible {
        case unreadable(String)
        case literal(RawStringLiteral.CarriageReturn)
        case noStylesheet(String)

        var description: String {
            switch self {
            case .unreadable(let path): "\(path): cannot be read as UTF-8 text"
            case .literal(let problem): problem.description
            case .noStylesheet(let path): "\(path): holds no <style> element to take the report stylesheet from"
            }
        }
    }

    /// The schemas, in the order `SchemaKind` lists them.
    static let schemaKinds = ["questionnaire", "catalogue", "answers", "targets", "report"]

    /// Every generated file, in a fixed order.
    func files() throws(Failure) -> [GeneratedFile] {
        [try schemas(), try templates(), try library()]
    }

    /// `Sources/JSONSchemas/SchemaText+Generated.swift` from `schemas/*.schema.json`.
    func schemas() throws(Failure) -> GeneratedFile {
        var out = GeneratedFile.header(from: "schemas/*.schema.json")
        out += "\n/// The text of each schema in `schemas/`, compiled in so an installed binary can print it.\n"
        out += "enum SchemaText {\n"
        for (i, kind) in Self.schemaKinds.enumerated() {
            let path = "schemas/\(kind).schema.json"
            if i > 0 { out += "\n" }
            out += "    /// `\(path)`.\n"
            out += "    static let \(kind) = \(try literal(path))\n"
        }
        out += "}\n"
        return GeneratedFile(path: "Sources/JSONSchemas/SchemaText+Generated.swift", text: out)
    }

    /// `Sources/Reports/Templating/ReportTemplateText+Generated.swift` from the two templates
    /// of `Sources/Reports/Templates/`. The stylesheet's one home is the HTML template's
    /// `<style>` element, so a custom template copied from it keeps the look; it is cut out here
    /// rather than at run time.
    func templates() throws(Failure) -> GeneratedFile {
        let html = "Sources/Reports/Templates/report.html.mustache"
        let markdown = "Sources/Reports/Templates/report.md.mustache"
        let htmlText = try read(html)
        guard let open = htmlText.range(of: "<style>\n"),
              let close = htmlText.range(of: "</style>", range: open.upperBound..<htmlText.endIndex)
        else { throw .noStylesheet(html) }
        let css = String(htmlText[open.upperBound..<close.lowerBound])
        var out = GeneratedFile.header(from: "Sources/Reports/Templates/report.{html,md}.mustache")
        out += "\n/// The bundled report templates, compiled in so an installed binary renders every format.\n"
        out += "enum ReportTemplateText {\n"
        out += "    /// `\(html)`.\n"
        out += "    static let html = \(try literal(htmlText, name: html))\n\n"
        out += "    /// `\(markdown)`.\n"
        out += "    static let markdown = \(try literal(markdown))\n\n"
        out += "    /// The report stylesheet: what the `<style>` element of `\(html)` holds.\n"
        out += "    static let stylesheet = \(try literal(css, name: html + " <style>"))\n"
        out += "}\n"
        return GeneratedFile(path: "Sources/Reports/Templating/ReportTemplateText+Generated.swift", text: out)
    }

    /// The files of `questionnaires/` that make the bundled library: the questionnaires, the
    /// framework catalogues and the demo council's answers, relative to `questionnaires/`,
    /// questionnaires first and each group sorted by name as a library folder is read.
    func libraryPaths() throws(Failure) -> [String] {
        func yaml(in folder: String) -> [String] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("questionnaires/" + folder).path)) ?? []
            return names.filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.hasPrefix(".") }
                .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                .map { folder.isEmpty ? $0 : folder + "/" + $0 }
        }
        return yaml(in: "") + yaml(in: "frameworks") + ["examples/demo-council.yaml"]
    }

    /// `Sources/BundledLibrary/BundledLibrary+Generated.swift` from `libraryPaths()`.
    func library() throws(Failure) -> GeneratedFile {
        var out = GeneratedFile.header(from: "questionnaires/ (its questionnaires, frameworks/ and examples/demo-council.yaml)")
        out += "\nextension BundledLibrary {\n"
        out += "    /// Every bundled file, in the order a library folder is read, then the examples.\n"
        out += "    package static let files: [File] = [\n"
        for path in try libraryPaths() {
            out += "        File(\n"
            out += "            path: \"\(path)\",\n"
            out += "            text: \(try literal("questionnaires/" + path))\n"
            out += "        ),\n"
        }
        out += "    ]\n"
        out += "}\n"
        return GeneratedFile(path: "Sources/BundledLibrary/BundledLibrary+Generated.swift", text: out)
    }

    /// The files of `files()` whose checked-in text differs from what would be written now.
    func outdated() throws(Failure) -> [String] {
        try files().filter { file in
            (try? String(contentsOf: root.appendingPathComponent(file.path), encoding: .utf8)) != file.text
        }.map(\.path)
    }

    /// Writes every generated file whose text changed; returns their paths.
    func write() throws -> [String] {
        var written: [String] = []
        for file in try files() {
            let url = root.appendingPathComponent(file.path)
            if (try? String(contentsOf: url, encoding: .utf8)) == file.text { continue }
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: url, options: .atomic)
            written.append(file.path)
        }
        return written
    }

    private func read(_ path: String) throws(Failure) -> String {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path),
              let text = String(data: data, encoding: .utf8)
        else { throw .unreadable(path) }
        return text
    }

    private func literal(_ path: String) throws(Failure) -> String {
        try literal(try read(path), name: path)
    }

    private func literal(_ text: String, name: String) throws(Failure) -> String {
        do {
            return try RawStringLiteral(text, name: name).source
        } catch {
            throw .literal(error)
        }
    }
}
