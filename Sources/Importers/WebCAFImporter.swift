import Assessment
import CyberYAML
import Foundation

/// Reads a GovAssure WebCAF CAF file (objectives → principles → contributing outcomes with
/// indicators in three columns, profile requirements and an assessment-rules table) and
/// writes an outcome questionnaire with its own decision table, plus a catalogue of the
/// framework's identifiers.
package enum WebCAFImporter {
    /// Choices the file itself does not make.
    package struct Options: Sendable {
        /// The questionnaire id (default `webcaf-caf-VERSION`), also its topic and catalogue key.
        package var id: String?
        /// Put before every domain and question id so two versions can share a library
        /// (default `CAF` and the version's digits, e.g. `CAF40`).
        package var prefix: String?
        /// The CAF version (default: read from a `-vX.Y` in the file name).
        package var frameworkVersion: String?

        /// Options for one import.
        package init(id: String? = nil, prefix: String? = nil, frameworkVersion: String? = nil) {
            self.id = id
            self.prefix = prefix
            self.frameworkVersion = frameworkVersion
        }
    }

    static let columns: [(key: String, field: String)] = [
        ("not-achieved", "not_achieved"), ("partially-achieved", "partially_achieved"), ("achieved", "achieved"),
    ]

    /// Imports one file already read (see `LoaderLimits.importing`).
    package static func run(_ source: SourceFile, options: Options = Options()) throws(AssessmentError) -> ImportResult {
        let root = try source.parse(limits: .importing)
        var reader = SourceReader(file: source.path)
        let name = (source.path as NSString).lastPathComponent
        guard let version = options.frameworkVersion ?? versionInName(name) else {
            throw .invalid([Problem(file: source.path, mark: nil, message: "cannot tell the CAF version from the file name; pass --framework-version")])
        }
        let id = options.id ?? "webcaf-caf-\(version)"
        let prefix = options.prefix ?? "CAF" + version.filter(\.isNumber)
        guard let top = reader.mapping(root, "the WebCAF document", at: root.mark) else { throw .invalid(reader.errors) }
        reader.ignoreOthers(in: top, known: ["objectives", "assessment-rules", "indicator_statuses", "validation_messages"], context: "")
        // Outcomes usually alias the shared table; each table node is read (and reported) once.
        var tables: [Mark: WebCAFRules?] = [:]
        let shared = top["assessment-rules"].flatMap { WebCAFRules.read($0, reader: &reader, context: "assessment-rules") }
        if let node = top["assessment-rules"] { tables[node.mark] = .some(shared) }

        var groups: [Node] = [], items: [Node] = [], domains: [Node] = []
        var rules: WebCAFRules?
        var profiles: [(name: String, outcomes: Node.Mapping)] = []
        let objectives = reader.mapping(top["objectives"], "objectives", at: top.mark)?.pairs ?? []
        for objective in objectives {
            guard let o = reader.mapping(objective.value, "objectives.\(objective.key.value)", at: objective.key.mark) else { continue }
            let oCode = code(o, key: objective.key, reader: &reader)
            reader.ignoreOthers(in: o, known: ["code", "title", "description", "principles"], context: "objectives.*")
            groups.append(group(oCode, o, parent: nil, reader: &reader))
            for principle in reader.mapping(o["principles"], "objective \(oCode).principles", at: o.mark)?.pairs ?? [] {
                guard let p = reader.mapping(principle.value, "principle \(principle.key.value)", at: principle.key.mark) else { continue }
                let pCode = code(p, key: principle.key, reader: &reader)
                reader.ignoreOthers(in: p, known: ["code", "title", "description", "outcomes"], context: "principles.*")
                groups.append(group(pCode, p, parent: oCode, reader: &reader))
                var questions: [Node] = []
                for outcome in reader.mapping(p["outcomes"], "principle \(pCode).outcomes", at: p.mark)?.pairs ?? [] {
                    guard let c = reader.mapping(outcome.value, "outcome \(outcome.key.value)", at: outcome.key.mark) else { continue }
                    let cCode = code(c, key: outcome.key, reader: &reader)
                    let questionID = "\(prefix)-\(cCode)"
                    let title = reader.text(c, "title", "outcome \(cCode)")
                    var item = MappingBuilder(flow: true)
                    item.set("id", cCode)
                    item.set("title", title)
                    item.set("group", pCode)
                    items.append(item.node)
                    questions.append(question(questionID, code: cCode, title: title, c, catalogue: id, reader: &reader))
                    reader.ignoreOthers(in: c, known: ["code", "title", "description", "indicators", "assessment-rules", "min_profile_requirement"], context: "outcomes.*")

                    var own = shared
                    if let node = c["assessment-rules"] {
                        if let table = tables[node.mark] {
                            own = table
                        } else {
                            own = WebCAFRules.read(node, reader: &reader, context: "outcome \(cCode).assessment-rules")
                            tables[node.mark] = .some(own)
                        }
                    }
                    if let own {
                        if let rules, rules != own {
                            reader.error(c["assessment-rules"]?.mark ?? c.mark, "outcome \(cCode) has assessment-rules that differ from those of the outcomes before it; cyberassess holds one decision table per questionnaire")
                        }
                        rules = rules ?? own
                    }
                    readProfiles(c, code: cCode, questionID: questionID, into: &profiles, reader: &reader)
                }
                var domain = MappingBuilder()
                domain.set("id", "\(prefix)-\(pCode)")
                domain.set("title", reader.text(p, "title", "principle \(pCode)"))
                domain.set("description", reader.optionalText(p, "description", "principle \(pCode)"))
                domain.set("questions", list: questions)
                domains.append(domain.node)
            }
        }
        if rules == nil { reader.note(top.mark, "no usable assessment-rules table; the standard CAF rule decides every outcome") }
        guard reader.errors.isEmpty else { throw .invalid(reader.errors) }

        let provenance = ImportProvenance(
            sourceFile: name, sourceSHA256: source.sha256, format: "webcaf",
            framework: "Cyber Assessment Framework", frameworkVersion: version,
            importerVersion: importerVersion,
            notes: ["The file names no framework, publisher or licence; the framework version is \(options.frameworkVersion == nil ? "read from the file name" : "as given to import")."])
        let title = "Cyber Assessment Framework \(version) (WebCAF)"

        var q = MappingBuilder()
        q.set("id", id)
        q.set("version", version, style: .doubleQuoted)
        q.set("title", title)
        q.set("topic", id)
        q.set("description", "Contributing outcomes of the CAF \(version) as published in WebCAF's \(name), judged from their indicators of good practice.")
        q.set("scoring", "outcome")
        q.set("scale", .list([(0, "Not achieved"), (1, "Partially achieved"), (2, "Achieved")].map { level, name in
            var s = MappingBuilder(flow: true)
            s.set("level", number: level)
            s.set("name", name)
            return s.node
        }))
        q.set("target", number: 2)
        var levels = MappingBuilder(flow: true)
        levels.set("not-achieved", number: 0)
        levels.set("partially-achieved", number: 1)
        levels.set("achieved", number: 2)
        q.set("outcome_levels", levels.node)
        q.set("profiles", list: profiles.map { profile in
            var m = MappingBuilder()
            m.set("id", profile.name)
            m.set("title", "\(profile.name.prefix(1).uppercased())\(profile.name.dropFirst()) profile")
            m.set("outcomes", .mapping(profile.outcomes))
            return m.node
        })
        q.set("outcome_rules", rules?.node)
        q.set("provenance", provenance.node)
        q.set("domains", list: domains)

        var catalogue = MappingBuilder()
        catalogue.set("framework", id)
        catalogue.set("title", title)
        catalogue.set("version", version, style: .doubleQuoted)
        catalogue.set("provenance", provenance.node)
        catalogue.set("groups", list: groups)
        catalogue.set("items", list: items)

        let header = "Imported by cyberassess \(importerVersion) from \(name) (sha256 \(source.sha256)).\nThe text is the publisher's; see provenance."
        return ImportResult(documents: [
            .init(path: "\(id).yaml", node: q.node, header: header),
            .init(path: "frameworks/\(id).yaml", node: catalogue.node, header: header),
        ], notices: reader.allNotices)
    }

    /// `code:` when present (checked against the key), else the key.
    static func code(_ m: Node.Mapping, key: Node.Scalar, reader: inout SourceReader) -> String {
        guard let code = reader.optionalText(m, "code", key.value) else { return key.value }
        if code != key.value { reader.note(m["code"]?.mark, "code '\(code)' differs from its key '\(key.value)'; the code is used") }
        return code
    }

    static func group(_ code: String, _ m: Node.Mapping, parent: String?, reader: inout SourceReader) -> Node {
        var g = MappingBuilder(flow: true)
        g.set("id", code)
        g.set("title", reader.text(m, "title", code))
        g.set("parent", parent)
        return g.node
    }

    static func question(_ id: String, code: String, title: String?, _ c: Node.Mapping, catalogue: String, reader: inout SourceReader) -> Node {
        var q = MappingBuilder()
        q.set("id", id)
        q.set("text", title ?? code)
        q.set("guidance", reader.optionalText(c, "description", "outcome \(code)"))
        var columns = MappingBuilder()
        var seen: [String: String] = [:]
        if let indicators = reader.mapping(c["indicators"], "outcome \(code).indicators", at: c.mark) {
            reader.ignoreOthers(in: indicators, known: Set(Self.columns.map(\.key)), context: "indicators")
            for column in Self.columns {
                guard let value = indicators[column.key] else { continue }
                if case .scalar(let s) = value, s.isNull { continue }
                guard case .mapping(let statements) = value else {
                    reader.error(value.mark, "outcome \(code).indicators.\(column.key): expected a mapping of indicator id to description, found \(value.found)")
                    continue
                }
                columns.set(column.field, list: statements.pairs.compactMap { pair in
                    let text: String?
                    if case .mapping(let s) = pair.value {
                        reader.ignoreOthers(in: s, known: ["description"], context: "indicators.*.*")
                        text = reader.text(s, "description", "indicator \(pair.key.value)")
                    } else {
                        text = pair.value.text
                        if text == nil { reader.error(pair.value.mark, "indicator \(pair.key.value): expected a description, found \(pair.value.found)") }
                    }
                    guard let text else { return nil }
                    var indicatorID = pair.key.value
                    if let other = seen[indicatorID] {
                        indicatorID += "-\(column.key)"
                        reader.note(pair.key.mark, "indicator \(pair.key.value) of outcome \(code) appears under both \(other) and \(column.key); this one is imported as \(indicatorID)")
                    }
                    seen[pair.key.value] = seen[pair.key.value] ?? column.key
                    var i = MappingBuilder()
                    i.set("id", indicatorID)
                    i.set("text", text)
                    return i.node
                })
            }
        }
        q.set("indicators", columns.node)
        var references = MappingBuilder(flow: true)
        references.set(catalogue, code)
        q.set("references", references.node)
        return q.node
    }

    /// `min_profile_requirement: {baseline: Achieved, enhanced: ...}` → a status per profile.
    static func readProfiles(_ c: Node.Mapping, code: String, questionID: String, into profiles: inout [(name: String, outcomes: Node.Mapping)], reader: inout SourceReader) {
        guard let node = c["min_profile_requirement"],
              let requirement = reader.mapping(node, "outcome \(code).min_profile_requirement", at: c.mark) else { return }
        for pair in requirement.pairs {
            let name = pair.key.value
            let status: OutcomeStatus
            if let text = pair.value.text, !text.trimmingCharacters(in: .whitespaces).isEmpty {
                guard let s = outcomeStatus(text) else {
                    reader.error(pair.value.mark, "outcome \(code).min_profile_requirement.\(name): '\(text)' is not Achieved, Partially achieved or Not achieved")
                    continue
                }
                status = s
            } else {
                reader.note(pair.value.mark, "outcome \(code) sets no \(name) requirement; imported as no minimum (not-achieved)")
                status = .notAchieved
            }
            if let i = profiles.firstIndex(where: { $0.name == name }) {
                profiles[i].outcomes.append(questionID, Node(status.rawValue))
            } else {
                var outcomes = Node.Mapping()
                outcomes.append(questionID, Node(status.rawValue))
                profiles.append((name, outcomes))
            }
        }
    }

    /// "4.0" from "cyber-assessment-framework-v4.0.yaml".
    static func versionInName(_ name: String) -> String? {
        guard let range = name.range(of: #"v[0-9]+(\.[0-9]+)*"#, options: .regularExpression) else { return nil }
        return String(name[range].dropFirst())
    }
}
