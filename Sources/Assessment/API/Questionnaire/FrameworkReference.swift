import CyberYAML

/// A reference from a question to one identifier of a public framework.
///
/// Reports write it as one string, `framework:id` (e.g. `ncsc-caf:B5.c`); in memory the two
/// parts stay apart, so nothing downstream splits the string again.
public struct FrameworkReference: Sendable, Equatable, Hashable {
    /// The catalogue key, e.g. `ncsc-caf`.
    public var framework: String
    /// The identifier within the framework, e.g. `B5.c`.
    public var id: String
    /// Where the reference is written in its questionnaire, when read from one.
    public var mark: Mark?

    /// A reference to identifier `id` of the framework catalogued under `framework`.
    public init(framework: String, id: String, mark: Mark? = nil) {
        self.framework = framework
        self.id = id
        self.mark = mark
    }

    /// Reads `framework:id`, split at the first colon; nil when there is no colon.
    public init?(parsing text: String) {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        self.init(framework: String(text[..<colon]), id: String(text[text.index(after: colon)...]))
    }

    /// Two references are equal when they name the same identifier, wherever they are written.
    public static func == (a: Self, b: Self) -> Bool { a.framework == b.framework && a.id == b.id }
    /// Hashes the framework and identifier, not the mark.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(framework)
        hasher.combine(id)
    }
}

extension FrameworkReference: CustomStringConvertible {
    /// `framework:id`, as reports show it.
    public var description: String { "\(framework):\(id)" }
}

extension FrameworkReference: Codable {
    /// Decodes the `framework:id` string a report holds.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let reference = FrameworkReference(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a reference written framework:id, found '\(text)'")
        }
        self = reference
    }

    /// Encodes the reference as its `framework:id` string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension FrameworkReference: ExpressibleByStringLiteral {
    /// A literal `framework:id`; a literal without a colon is an id with an empty framework.
    public init(stringLiteral value: String) {
        self = FrameworkReference(parsing: value) ?? FrameworkReference(framework: "", id: value)
    }
}
