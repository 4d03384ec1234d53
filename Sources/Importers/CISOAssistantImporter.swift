import Assessment
import CyberYAML
import Foundation

/// Reads a CISO Assistant framework library (a flat list of requirement nodes that form a tree
/// through `parent_urn`) and writes a graded questionnaire plus a catalogue: top-level nodes
/// become domains, assessable requirements questions, implementation groups profiles.
package enum CISOAssistantImporter {
    /// Choices the file itself does not make.
    package struct Options: Sendable {
        /// The questionnaire id, topic and catalogue key (default: the framework's ref_id, made safe).
        package var id: String?
        /// Put before every domain and question id (default: the id).
        package var prefix: String?

        /// Options for one import.
        package init(id: String? = nil, prefix: String? = nil) {
            self.id = id
            self.prefix = prefix
        }
    }

    /// One requirement node as read.
    struct Requirement {
        var urn: String
        var parent: String?
        var parentMark: Mark?
        var assessable: Bool
        var key: String
        var name: String?
        var description: String?
        var annotation: String?
        var groups: [String]
        var evidence: [String]
        var questions: [String]
        var mark: Mark
    }

    static let libraryKeys: Set<String> = ["urn", "locale", "ref_id", "name", "description", "copyright", "version", "publication_date", "provider", "packager", "objects"]
    static let frameworkKeys: Set<String> = ["urn", "ref_id", "name", "description", "requirement_nodes", "implementation_groups_definition", "min_score", "max_score", "scores_definition"]
    static let nodeKeys: Set<String> = ["urn", "parent_urn", "assessable", "depth", "ref_id", "name", "description", "annotation", "implementation_groups", "typical_evidence", "questions"]

    /// Imports one file already read (see `LoaderLimits.importing`).
    package static func run(_ source: SourceFile, options: Options = Options()) throws(AssessmentError) -> ImportResult {
        let root = try source.parse(limits: .importing)
        var reader = SourceReader(file: source.path)
        guard let library = reader.mapping(root, "the CISO Assistant library", at: root.mark) else { throw .invalid(reader.errors) }
        reader.ignoreOthers(in: library, known: libraryKeys, context: "")
        let objects = reader.mapping(library["objects"], "objects", at: library.mark)
        for pair in objects?.pairs ?? [] where pair.key.value != "framework" {
            reader.note(pair.key.mark, "not imported: objects.\(pair.key.value); only the framework becomes a questionnaire")
        }
        guard let objects, let framework = reader.mapping(objects["framework"], "objects.framework (this library holds no framework)", at: objects.mark) else {
            throw .invalid(reader.errors)
        }
        reader.ignoreOthers(in: framework, known: frameworkKeys, context: "framework")
        let name = reader.text(framework, "name", "framework") ?? "Framework"
        let id = options.id ?? safeID(reader.optionalText(framework, "ref_id", "framework") ?? name).lowercased()
        let prefix = options.prefix ?? id
        let scale = CISOAssistantScale.read(framework, reader: &reader)
        let requirements = readNodes(framework, reader: &reader)
        let groupDefinitions = readGroupDefinitions(framework, reader: &reader)
        let tree = RequirementTree(requirements)
        for i in tree.unreachable {
            reader.error(requirements[i].parentMark ?? requirements[i].mark, "requirement \(requirements[i].urn) is in a loop of parent_urn references; no top-level node reaches it")
        }
        guard reader.errors.isEmpty else { throw .invalid(reader.errors) }

        var domains: [Node] = []
        var profileDomains: [String: [String]] = [:]
        for top in tree.roots {
            let members = ([top] + tree.descendants(of: top)).filter { requirements[$0].assessable }
            guard !members.isEmpty else {
                reader.note(requirements[top].mark, "top-level node \(requirements[top].key) has no assessable requirements; it is in the catalogue only")
                continue
            }
            let domainID = "\(prefix)-\(requirements[top].key)"
            var d = MappingBuilder()
            d.set("id", domainID)
            d.set("title", requirements[top].name ?? requirements[top].description.map { String($0.prefix(80)) } ?? requirements[top].key)
            if requirements[top].name != nil { d.set("description", requirements[top].description) }
            d.set("questions", list: members.map { question(requirements[$0], prefix: prefix, catalogue: id, scale: scale) })
            domains.append(d.node)
            for group in Set(members.flatMap { requirements[$0].groups }) { profileDomains[group, default: []].append(domainID) }
        }
        let withQuestions = requirements.filter { !$0.questions.isEmpty }
        if let first = withQuestions.first {
            reader.note(first.mark, "\(withQuestions.count) requirement\(withQuestions.count == 1 ? " has" : "s have") questions with answer choices; they are kept as guidance text and the requirement is answered on the scale")
        }

        let provenance = ImportProvenance(
            sourceFile: (source.path as NSString).lastPathComponent, sourceSHA256: source.sha256, format: "ciso-assistant",
            framework: name, frameworkVersion: reader.optionalText(library, "version", "library"),
            publisher: reader.optionalText(library, "provider", "library"),
            copyright: reader.optionalText(library, "copyright", "library"),
            importerVersion: importerVersion,
            notes: [
                reader.optionalText(library, "publication_date", "library").map { "Published \($0)." },
                reader.optionalText(library, "packager", "library").map { "Packaged by \($0)." },
                reader.optionalText(library, "urn", "library").map { "Library \($0)." },
                "Answers use \(scale.origin); every requirement may be answered not applicable.",
                groupDefinitions.isEmpty ? nil : "Implementation groups are profiles: the top target for domains holding a group's requirements, 0 elsewhere.",
            ].compactMap { $0 })

        var q = MappingBuilder()
        q.set("id", id)
        q.set("version", provenance.frameworkVersion ?? "1", style: .doubleQuoted)
        q.set("title", name)
        q.set("topic", id)
        q.set("description", reader.optionalText(framework, "description", "framework"))
        q.set("scoring", "graded")
        q.set("scale", scale.scaleNode)
        q.set("target", number: scale.top)
        q.set("profiles", list: groupDefinitions.map { group in
            var p = MappingBuilder()
            p.set("id", safeID(group.id))
            p.set("title", group.name)
            p.set("description", group.description)
            var targets = MappingBuilder(flow: false)
            let chosen = Set(profileDomains[group.id] ?? [])
            for domain in domains.compactMap({ $0.mapping?["id"]?.text }) { targets.set(domain, number: chosen.contains(domain) ? scale.top : 0) }
            p.set("domains", targets.node)
            return p.node
        })
        q.set("provenance", provenance.node)
        q.set("domains", list: domains)

        let header = "Imported by cyberassess \(importerVersion) from \(provenance.sourceFile) (sha256 \(source.sha256)).\nThe text is the publisher's; see provenance for its copyright."
        return ImportResult(documents: [
            .init(path: "\(id).yaml", node: q.node, header: header),
            .init(path: "frameworks/\(id).yaml", node: catalogue(id: id, name: name, provenance: provenance, requirements, tree), header: header),
        ], notices: reader.allNotices)
    }

    static func question(_ r: Requirement, prefix: String, catalogue: String, scale: CISOAssistantScale) -> Node {
        var q = MappingBuilder()
        q.set("id", "\(prefix)-\(r.key)")
        q.set("text", r.name ?? r.description ?? r.key)
        let guidance = [r.name == nil ? nil : r.description, r.annotation,
                        r.groups.isEmpty ? nil : "Implementation groups: \(r.groups.joined(separator: ", ")).",
                        r.questions.isEmpty ? nil : r.questions.joined(separator: "\n")].compactMap { $0 }
        q.set("guidance", guidance.isEmpty ? nil : guidance.joined(separator: "\n\n"))
        q.set("allow_na", "true", style: .plain)
        q.set("answers", scale.optionsNode)
        q.set("evidence", list: r.evidence.map { Node($0) })
        var references = MappingBuilder(flow: true)
        references.set(catalogue, r.key)
        q.set("references", references.node)
        return q.node
    }

    static func catalogue(id: String, name: String, provenance: ImportProvenance, _ requirements: [Requirement], _ tree: RequirementTree) -> Node {
        var c = MappingBuilder()
        c.set("framework", id)
        c.set("title", name)
        c.set("version", provenance.frameworkVersion, style: .doubleQuoted)
        c.set("provenance", provenance.node)
        c.set("groups", list: requirements.indices.filter { tree.hasChildren($0) }.map { i in
            var g = MappingBuilder(flow: true)
            g.set("id", requirements[i].key)
            g.set("title", requirements[i].name ?? requirements[i].key)
            g.set("parent", tree.parent(of: i).map { requirements[$0].key })
            return g.node
        })
        c.set("items", list: requirements.indices.filter { requirements[$0].assessable }.map { i in
            var item = MappingBuilder(flow: true)
            item.set("id", requirements[i].key)
            item.set("title", requirements[i].name ?? requirements[i].description.map { String($0.prefix(120)) } ?? requirements[i].key)
            item.set("group", tree.parent(of: i).map { requirements[$0].key })
            return item.node
        })
        return c.node
    }

    /// Letters, digits and `.`, `_`, `-`; anything else becomes `-`.
    static func safeID(_ text: String) -> String {
        let mapped = text.unicodeScalars.map { c -> Character in
            CharacterSet.alphanumerics.contains(c) && c.isASCII || ".-_".unicodeScalars.contains(c) ? Character(c) : "-"
        }
        return String(mapped).split(separator: "-", omittingEmptySubsequences: true).joined(separator: "-")
    }
}
