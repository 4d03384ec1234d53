/// Numbers as text, the same in every format and every locale: rounded half away from zero to
/// a fixed number of places.
package enum DecimalText {
    /// `value` rounded to `places` decimals ("2.61"), or nil when it is not finite or too large
    /// to print exactly.
    package static func fixed(_ value: Double, places: Int) -> String? {
        guard let (units, negative) = scaled(value, places: places) else { return nil }
        return text(units: units, places: places, shownPlaces: places, negative: negative)
    }

    /// Two decimals, or "—" for a value that cannot be printed.
    package static func twoPlaces(_ value: Double) -> String { fixed(value, places: 2) ?? "—" }

    /// A plain number with up to two decimals and no trailing zeros: 1, 0.5, 1.25.
    package static func short(_ value: Double) -> String {
        guard let (units, negative) = scaled(value, places: 2) else { return "—" }
        let shown = units % 100 == 0 ? 0 : units % 10 == 0 ? 1 : 2
        return text(units: units, places: 2, shownPlaces: shown, negative: negative)
    }

    /// A share (0–1) as a whole percentage: "83%".
    package static func percent(share: Double) -> String {
        (fixed(share * 100, places: 0) ?? "—") + "%"
    }

    /// `|value|` in units of 10^-places, rounded half away from zero, and whether the text
    /// takes a minus sign (a value that rounds to zero takes none); nil when it is not finite,
    /// `places` is outside 0...6, or it is too large to print exactly.
    private static func scaled(_ value: Double, places: Int) -> (units: Int, negative: Bool)? {
        guard value.isFinite, (0...6).contains(places) else { return nil }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return nil }
        let units = Int(scaled)
        return (units, value < 0 && units != 0)
    }

    /// `units` (in 10^-places) as digits with `shownPlaces` of its `places` decimals (the
    /// hidden ones are zeros), written into one small string without intermediate copies.
    private static func text(units: Int, places: Int, shownPlaces: Int, negative: Bool) -> String {
        String(unsafeUninitializedCapacity: 24) { buffer in
            // Digits from the last shown place backwards into the end of the buffer, then
            // moved to its start. At most 16 digits (below 9e15), a point and a sign.
            var rest = units
            for _ in shownPlaces..<places { rest /= 10 }
            var end = buffer.count
            func put(_ byte: UInt8) {
                end -= 1
                buffer[end] = byte
            }
            for _ in 0..<shownPlaces {
                put(UInt8(ascii: "0") + UInt8(rest % 10))
                rest /= 10
            }
            if shownPlaces > 0 { put(UInt8(ascii: ".")) }
            repeat {
                put(UInt8(ascii: "0") + UInt8(rest % 10))
                rest /= 10
            } while rest > 0
            if negative { put(UInt8(ascii: "-")) }
            let count = buffer.count - end
            for i in 0..<count { buffer[i] = buffer[end + i] }
            return count
        }
    }
}
