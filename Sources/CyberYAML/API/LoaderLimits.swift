/// Safety limits applied while loading a YAML file. The defaults are generous for any real
/// questionnaire or answers file and small enough that hostile input fails fast.
public struct LoaderLimits: Sendable, Equatable {
    /// Largest file accepted, in bytes (default 8 MiB).
    public var maxBytes: Int
    /// Deepest nesting of lists and mappings (default 64).
    public var maxDepth: Int
    /// Most nodes the document may hold once aliases are expanded (default 1,000,000).
    /// A "billion laughs" document reaches it after a few aliases and is refused.
    public var maxNodes: Int
    /// Most alias references in one document (default 1,000).
    public var maxAliases: Int

    public init(maxBytes: Int = 8 << 20, maxDepth: Int = 64, maxNodes: Int = 1_000_000, maxAliases: Int = 1_000) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        self.maxAliases = maxAliases
    }

    public static let `default` = LoaderLimits()
}
