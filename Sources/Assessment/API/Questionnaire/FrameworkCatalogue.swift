import CyberYAML

/// The identifiers and titles of one public framework, with an optional hierarchy of groups.
public struct FrameworkCatalogue: Sendable, Equatable, Decodable {
    public struct Group: Sendable, Equatable, Decodable {
        public var id: String
        public var title: String
        public var parent: String?
    }

    public struct Item: Sendable, Equatable, Decodable {
        public var id: String
        public var title: String
        public var group: String?
    }

    public var framework: String
    public var title: String
    public var version: String?
    public var groups: [Group]
    public var items: [Item]
    /// The framework key of the earlier version this catalogue replaces (e.g. `ncsc-caf`).
    public var supersedes: String?
    /// How identifiers of the superseded version map onto this one, where they moved or changed.
    public var crosswalk: [CrosswalkEntry] = []
    /// Where an imported catalogue came from.
    public var provenance: ImportProvenance?

    package enum CodingKeys: String, CodingKey, CaseIterable { case framework, title, version, groups, items, supersedes, crosswalk, provenance }

    public init(framework: String, title: String, version: String? = nil, groups: [Group] = [], items: [Item]) {
        self.framework = framework
        self.title = title
        self.version = version
        self.groups = groups
        self.items = items
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        framework = try c.decode(String.self, forKey: .framework)
        title = try c.decode(String.self, forKey: .title)
        version = try c.decodeIfPresent(String.self, forKey: .version)
        groups = try c.decodeIfPresent([Group].self, forKey: .groups) ?? []
        items = try c.decode([Item].self, forKey: .items)
        supersedes = try c.decodeIfPresent(String.self, forKey: .supersedes)
        crosswalk = try c.decodeIfPresent([CrosswalkEntry].self, forKey: .crosswalk) ?? []
        provenance = try c.decodeIfPresent(ImportProvenance.self, forKey: .provenance)
    }

    public func item(_ id: String) -> Item? { items.first { $0.id == id } }
    public func group(_ id: String) -> Group? { groups.first { $0.id == id } }

    /// The top-level group an item belongs to (e.g. CAF objective `B`, CSF function `PR`).
    public func topGroup(of itemID: String) -> Group? {
        guard var group = item(itemID)?.group.flatMap(group) else { return nil }
        var steps = 0
        while let parent = group.parent.flatMap(self.group), steps < 16 {
            group = parent
            steps += 1
        }
        return group
    }
}
