import Assessment
import CyberYAML

/// What an importer produces: the documents to write, relative to the output folder, and the
/// notices about what it had to decide or could not carry over (each with its place in the
/// source file). Nothing is written until `ImportWriter` is asked to.
public struct ImportResult: Sendable {
    /// One document to write.
    public struct Document: Sendable {
        /// The path under the output folder, e.g. `frameworks/webcaf-caf-4.0.yaml`.
        public var path: String
        /// The YAML tree to emit.
        public var node: Node
        /// The comment written above it.
        public var header: String

        /// A document to write at `path`.
        public init(path: String, node: Node, header: String) {
            self.path = path
            self.node = node
            self.header = header
        }
    }

    /// The documents, in the order they are written.
    public var documents: [Document]
    /// Things worth knowing about the import, each with its place in the source.
    public var notices: [Problem]

    /// An import's output.
    public init(documents: [Document], notices: [Problem]) {
        self.documents = documents
        self.notices = notices
    }
}

/// The version of the importers, recorded in every imported file's provenance.
public let importerVersion = Assessment.toolVersion
