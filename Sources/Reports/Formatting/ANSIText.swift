/// Text for a terminal: ANSI colours, and fitting text to a column width. The one place the
/// project writes ANSI escape sequences.
package enum ANSIText {
    /// The ANSI styles the project uses.
    package enum Colour: String, Sendable {
        case green = "32", yellow = "33", red = "31", bold = "1", dim = "2"
    }

    /// `text` wrapped in an ANSI colour when `enabled`, otherwise unchanged.
    package static func paint(_ text: String, _ colour: Colour, enabled: Bool) -> String {
        enabled ? "\u{1B}[\(colour.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// The colour for a standing against a target, if any.
    static func colour(for standing: Standing) -> Colour? {
        switch standing {
        case .met: .green
        case .near: .yellow
        case .below: .red
        case .unscored: nil
        }
    }

    /// `text` cut to `width` columns, ending in "…" when cut.
    static func truncate(_ text: String, to width: Int) -> String {
        guard text.count > width else { return text }
        guard width > 1 else { return String(text.prefix(max(0, width))) }
        return String(text.prefix(width - 1)) + "…"
    }

    /// `text` padded with spaces (or cut) to exactly `width` columns.
    static func pad(_ text: String, to width: Int) -> String {
        let cut = truncate(text, to: width)
        return cut + String(repeating: " ", count: max(0, width - cut.count))
    }
}
