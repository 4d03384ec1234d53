extension Node {
    /// A scalar: its text exactly as written, how it was quoted and where it starts.
    public struct Scalar: Sendable, Equatable {
        /// How a scalar is written. Quoted scalars are always strings; plain ones may be
        /// numbers, booleans or null.
        public enum Style: Sendable, Equatable {
            case any, plain, singleQuoted, doubleQuoted, literal, folded
        }

        public var value: String
        public var style: Style
        public var tag: String?
        public var mark: Mark

        public init(_ value: String, style: Style = .any, tag: String? = nil, mark: Mark = Mark(line: 0, column: 0)) {
            self.value = value
            self.style = style
            self.tag = tag
            self.mark = mark
        }

        /// Whether a plain scalar spells null (`~`, `null`, or nothing at all).
        public var isNull: Bool {
            guard style == .plain || style == .any else { return false }
            switch value {
            case "", "~", "null", "Null", "NULL": return true
            default: return tag == "tag:yaml.org,2002:null"
            }
        }

        var isPlain: Bool { style == .plain || style == .any }

        /// `!!int`, `!!float`, `!!bool` or `!!null` when the scalar is tagged as something other
        /// than text, else nil: `!!int 5` is not the text "5".
        public var nonTextTag: String? {
            guard let tag, tag.hasPrefix(Self.standardPrefix) else { return nil }
            let short = tag.dropFirst(Self.standardPrefix.count)
            return ["int", "float", "bool", "null"].contains(short) ? "!!" + short : nil
        }

        static let standardPrefix = "tag:yaml.org,2002:"
    }
}
