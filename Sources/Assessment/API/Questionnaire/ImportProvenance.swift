/// Where an imported questionnaire or catalogue came from, as `cyberassess import` records it
/// (`provenance:`): the file it was read from and the framework's own statements about itself.
/// Text the source does not give is left out, never guessed.
public struct ImportProvenance: Sendable, Equatable {
    /// The source file's name (without its folder).
    public var sourceFile: String
    /// Lower-case hex SHA-256 of the source file's bytes.
    public var sourceSHA256: String
    /// The format read, e.g. `webcaf` or `ciso-assistant`.
    public var format: String
    /// The framework's name, version and publisher, as given.
    public var framework: String?
    public var frameworkVersion: String?
    public var publisher: String?
    /// Copyright or licence text, as given.
    public var copyright: String?
    /// The version of cyberassess that imported it.
    public var importerVersion: String
    /// What the importer had to decide or leave out (also printed by `import`).
    public var notes: [String]

    /// A record of one import.
    public init(sourceFile: String, sourceSHA256: String, format: String, framework: String? = nil, frameworkVersion: String? = nil, publisher: String? = nil, copyright: String? = nil, importerVersion: String, notes: [String] = []) {
        self.sourceFile = sourceFile
        self.sourceSHA256 = sourceSHA256
        self.format = format
        self.framework = framework
        self.frameworkVersion = frameworkVersion
        self.publisher = publisher
        self.copyright = copyright
        self.importerVersion = importerVersion
        self.notes = notes
    }
}

extension ImportProvenance: Decodable {
    /// The keys as written in YAML.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case sourceFile = "source_file", sourceSHA256 = "source_sha256", format, framework
        case frameworkVersion = "framework_version", publisher, copyright
        case importerVersion = "importer_version", notes
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sourceFile = try c.decode(String.self, forKey: .sourceFile)
        sourceSHA256 = try c.decode(String.self, forKey: .sourceSHA256)
        format = try c.decode(String.self, forKey: .format)
        framework = try c.decodeIfPresent(String.self, forKey: .framework)
        frameworkVersion = try c.decodeIfPresent(String.self, forKey: .frameworkVersion)
        publisher = try c.decodeIfPresent(String.self, forKey: .publisher)
        copyright = try c.decodeIfPresent(String.self, forKey: .copyright)
        importerVersion = try c.decode(String.self, forKey: .importerVersion)
        notes = try c.decodeIfPresent([String].self, forKey: .notes) ?? []
    }
}
