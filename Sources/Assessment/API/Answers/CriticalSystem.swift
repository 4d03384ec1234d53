import CyberYAML

/// One of a body's critical systems, as its register lists it: what it is called, the services
/// that depend on it and who owns it. A system's own answers file names it with `system: ID`.
public struct CriticalSystem: Sendable, Equatable, Codable {
    /// A short id, unique within the body (e.g. `CS-REV`).
    public var id: String
    /// The system's name.
    public var name: String
    /// The council services that depend on the system.
    public var services: [String]
    /// Who owns the system (a role or a person).
    public var owner: String?
    /// Where the entry is written, when read from YAML.
    public var mark: Mark?

    /// A register entry.
    public init(id: String, name: String, services: [String] = [], owner: String? = nil, mark: Mark? = nil) {
        self.id = id
        self.name = name
        self.services = services
        self.owner = owner
        self.mark = mark
    }

    /// The keys of a register entry.
    public enum CodingKeys: String, CodingKey, CaseIterable { case id, name, services, owner }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        services = try c.decodeIfPresent([String].self, forKey: .services) ?? []
        owner = try c.decodeIfPresent(String.self, forKey: .owner)
        mark = decoder.yamlMark
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(services, forKey: .services)
        try c.encodeIfPresent(owner, forKey: .owner)
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.id == b.id && a.name == b.name && a.services == b.services && a.owner == b.owner
    }
}
