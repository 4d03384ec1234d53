import CyberYAML

/// What marks an answers file as an independent assurance review: the self-assessment it
/// reviews (file name and SHA-256 of its bytes) and who reviewed it.
public struct ReviewHeader: Sendable, Equatable, Codable {
    /// The reviewed self-assessment's file name, as the reviewer knew it.
    public var of: String
    /// Lower-case hex SHA-256 of the reviewed file's bytes; the review applies to exactly those.
    public var sha256: String
    /// The reviewer's name.
    public var reviewer: String
    /// The reviewer's organisation (e.g. internal audit, or an external assurance provider).
    public var organisation: String
    /// Where `sha256` is written, for pointing at it when it does not match.
    public var sha256Mark: Mark?

    /// A review header.
    public init(of: String, sha256: String, reviewer: String, organisation: String, sha256Mark: Mark? = nil) {
        self.of = of
        self.sha256 = sha256
        self.reviewer = reviewer
        self.organisation = organisation
        self.sha256Mark = sha256Mark
    }

    /// The keys of `review:`.
    public enum CodingKeys: String, CodingKey, CaseIterable { case of, sha256, reviewer, organisation }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        of = try c.decode(String.self, forKey: .of)
        sha256 = try c.decode(String.self, forKey: .sha256)
        reviewer = try c.decode(String.self, forKey: .reviewer)
        organisation = try c.decode(String.self, forKey: .organisation)
        sha256Mark = decoder.yamlNode?.mapping?.pair(CodingKeys.sha256.stringValue)?.value.mark
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(of, forKey: .of)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(reviewer, forKey: .reviewer)
        try c.encode(organisation, forKey: .organisation)
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.of == b.of && a.sha256 == b.sha256 && a.reviewer == b.reviewer && a.organisation == b.organisation
    }
}
