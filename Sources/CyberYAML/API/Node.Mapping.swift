extension Node {
    /// A mapping in document order. Keys are scalars and unique (the parser refuses duplicates).
    public struct Mapping: Sendable, Equatable {
        /// One key and its value, with an optional comment to write above it when emitting.
        public struct Pair: Sendable, Equatable {
            public var key: Scalar
            public var value: Node
            public var comment: String?

            public init(key: Scalar, value: Node, comment: String? = nil) {
                self.key = key
                self.value = value
                self.comment = comment
            }
        }

        public var pairs: [Pair]
        public var mark: Mark
        /// Emit in flow style (`{a: 1}`) rather than one key per line.
        public var flow: Bool

        public init(_ pairs: [Pair] = [], mark: Mark = Mark(line: 0, column: 0), flow: Bool = false) {
            self.pairs = pairs
            self.mark = mark
            self.flow = flow
        }

        /// The value for `key`, if present.
        public subscript(key: String) -> Node? {
            pairs.first { $0.key.value == key }?.value
        }

        /// The pair for `key`, if present.
        public func pair(_ key: String) -> Pair? {
            pairs.first { $0.key.value == key }
        }

        public var keys: [String] { pairs.map(\.key.value) }

        /// Appends a pair; a convenience for building documents to emit.
        public mutating func append(_ key: String, _ value: Node, comment: String? = nil) {
            pairs.append(Pair(key: Scalar(key), value: value, comment: comment))
        }
    }
}
