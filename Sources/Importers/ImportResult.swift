import Assessment
import CyberYAML

/// What an importer produces: the documents to write, relative to the output folder, and the
/// notices about what it had to decide or could not carry over (each with its place in the
/// source file). Nothing is written until `ImportWriter` is asked to.
package struct ImportResult: Sendable {
    /// One document to write.
    package struct Document: Sendable {
        /// The path under the output folder, e.g. `frameworks/webcaf-caf-4.0.yaml`.
        package var path: String
        /// The YAML tree to emit.
        package var node: Node
        /// The comment written above it.
        package var header: String

        /// A document to write at `path`.
        package init(path: String, node: Node, header: String) {
            self.path = path
            self.node = node
            self.header = header
        }
    }

    /// The documents, in the order they are written.
    package var documents: [Document]
    /// Things worth knowing about the import, each with its place in the source.
    package var notices: [Problem]

    /// An import's output.
    package init(documents: [Document], notices: [Problem]) {
        self.documents = documents
        self.notices = notices
    }
}

/// The version of the importers, recorded in every imported file's provenance.
package let importerVersion = Assessment.toolVersion
