extension Node {
    /// A sequence of nodes.
    public struct Sequence: Sendable, Equatable {
        public var items: [Node]
        public var mark: Mark
        /// Emit in flow style (`[a, b]`) rather than one item per line.
        public var flow: Bool

        public init(_ items: [Node], mark: Mark = Mark(line: 0, column: 0), flow: Bool = false) {
            self.items = items
            self.mark = mark
            self.flow = flow
        }
    }
}
