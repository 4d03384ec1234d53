import CyberYAML

/// How one identifier of a superseded framework version maps onto the version that replaces
/// it: renumbered, renamed, merged, split, replaced, added or removed.
public struct CrosswalkEntry: Sendable, Equatable {
    /// The identifier in the superseded version; nil for an identifier new in this version.
    public var from: String?
    /// The identifiers in this version; empty when the old one has no successor.
    public var to: [String]
    /// What happened, in one word (`renumbered`, `renamed`, `reshaped`, `replaced`, `added`, ...).
    public var change: String
    /// A sentence for the reader.
    public var note: String?
    /// Where the entry is written.
    public var mark: Mark?

    /// One crosswalk entry.
    public init(from: String?, to: [String], change: String, note: String? = nil, mark: Mark? = nil) {
        self.from = from
        self.to = to
        self.change = change
        self.note = note
        self.mark = mark
    }
}

extension CrosswalkEntry: Decodable {
    package enum CodingKeys: String, CodingKey, CaseIterable { case from, to, change, note }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        from = try c.decodeIfPresent(String.self, forKey: .from)
        to = try c.decodeIfPresent([String].self, forKey: .to) ?? []
        change = try c.decode(String.self, forKey: .change)
        note = try c.decodeIfPresent(String.self, forKey: .note)
        mark = decoder.yamlMark
    }
}
