/// Numbers as text, the same in every format and every locale: rounded half away from zero to
/// a fixed number of places.
public enum DecimalText {
    /// `value` rounded to `places` decimals ("2.61"), or nil when it is not finite or too large
    /// to print exactly.
    public static func fixed(_ value: Double, places: Int) -> String? {
        guard value.isFinite, (0...6).contains(places) else { return nil }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return nil }
        let units = Int(scaled)
        let unit = Int(scale)
        let negative = value < 0 && units != 0
        var whole = String(units / unit)
        if places > 0 {
            let fraction = String(units % unit)
            whole += "." + String(repeating: "0", count: places - fraction.count) + fraction
        }
        return negative ? "-" + whole : whole
    }

    /// Two decimals, or "—" for a value that cannot be printed.
    public static func twoPlaces(_ value: Double) -> String { fixed(value, places: 2) ?? "—" }

    /// A plain number with up to two decimals and no trailing zeros: 1, 0.5, 1.25.
    public static func short(_ value: Double) -> String {
        guard var text = fixed(value, places: 2) else { return "—" }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// A share (0–1) as a whole percentage: "83%".
    public static func percent(share: Double) -> String {
        (fixed(share * 100, places: 0) ?? "—") + "%"
    }
}
