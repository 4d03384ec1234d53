import Assessment

/// Number and value formatting shared by every human-readable format, so a score reads the
/// same in the terminal, HTML, Markdown and CSV. Rounding is half away from zero and does not
/// depend on the locale.
package enum Format {
    /// What a missing value reads as.
    package static let none = "—"

    /// A score to 2 decimal places ("2.61"), or "—" for nil or a non-finite number.
    package static func score(_ value: Double?) -> String {
        guard let value else { return none }
        return fixed(value, places: 2) ?? none
    }

    /// A percentage (already 0–100) to 0 decimal places with a sign: "83%".
    package static func percent(_ value: Double) -> String {
        (fixed(value, places: 0) ?? none) + "%"
    }

    /// A recommendation's priority to 2 decimal places.
    package static func priority(_ value: Double) -> String {
        fixed(value, places: 2) ?? none
    }

    /// A level, or "—" for nil.
    package static func level(_ value: Int?) -> String {
        value.map(String.init) ?? none
    }

    /// A plain number with up to 2 decimal places and no trailing zeros: 1, 0.5, 1.25.
    package static func number(_ value: Double) -> String { DecimalText.short(value) }

    /// `value` rounded to `places` decimals, or nil when it is not finite.
    static func fixed(_ value: Double, places: Int) -> String? { DecimalText.fixed(value, places: places) }
}
