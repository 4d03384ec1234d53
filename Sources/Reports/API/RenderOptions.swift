/// How to render a report.
public struct RenderOptions: Sendable, Equatable {
    /// Whether the text format may use ANSI colours. Ignored by every other format.
    public var colour: Bool
    /// The contents of a Mustache template replacing the bundled one (HTML and Markdown
    /// only); it is given the same context as the bundled template.
    public var template: String?
    /// The terminal width the text format fits its lines to.
    public var width: Int

    public init(colour: Bool = false, template: String? = nil, width: Int = 80) {
        self.colour = colour
        self.template = template
        self.width = width
    }
}
