import Assessment
import CyberYAML

extension ImportProvenance {
    /// The provenance as written under `provenance:` in imported files.
    var node: Node {
        var m = MappingBuilder()
        m.set(CodingKeys.sourceFile.rawValue, sourceFile, style: .doubleQuoted)
        m.set(CodingKeys.sourceSHA256.rawValue, sourceSHA256)
        m.set(CodingKeys.format.rawValue, format)
        m.set(CodingKeys.framework.rawValue, framework)
        m.set(CodingKeys.frameworkVersion.rawValue, frameworkVersion, style: .doubleQuoted)
        m.set(CodingKeys.publisher.rawValue, publisher)
        m.set(CodingKeys.copyright.rawValue, copyright)
        m.set(CodingKeys.importerVersion.rawValue, importerVersion, style: .doubleQuoted)
        m.set(CodingKeys.notes.rawValue, list: notes.map { Node($0) })
        return m.node
    }
}
