import Assessment

/// Turns an identifier written in a user's file (a body id, a period) into a file name that
/// stays inside its folder on every common file system.
///
/// A name made only of letters, digits, `.`, `_` and `-`, not starting with `.` or `-`, at
/// most `maxLength` bytes long and not a reserved device name (`CON`, `NUL`, ...) is used as
/// it is. Anything else (`../x`, `/abs`, `a/b`, `..`, control characters, an empty or overlong
/// id) has every other character replaced by `_`, leading dots and dashes removed, is cut to
/// 48 characters and gets `~` and 12 hex digits of the id's SHA-256 appended. `~` never occurs
/// in a name used as it is, so a made-safe name cannot collide with a plain one, and two
/// different ids practically never give the same made-safe name.
package enum SafeName {
    /// Longest name used unchanged, in bytes.
    package static let maxLength = 100

    /// The file name for `raw`.
    package static func make(_ raw: String) -> String {
        if isSafe(raw) { return raw }
        var cleaned = String(String.UnicodeScalarView(raw.unicodeScalars.map { allowed($0) ? $0 : "_" }))
        while let first = cleaned.first, first == "." || first == "-" { cleaned.removeFirst() }
        cleaned = String(cleaned.prefix(48))
        if cleaned.isEmpty { cleaned = "id" }
        return cleaned + "~" + String(sha256Hex(Array(raw.utf8)).prefix(12))
    }

    /// Whether `raw` can be used as a file name unchanged.
    package static func isSafe(_ raw: String) -> Bool {
        guard !raw.isEmpty, raw.utf8.count <= maxLength,
              let first = raw.unicodeScalars.first, first != ".", first != "-",
              raw.unicodeScalars.allSatisfy(allowed)
        else { return false }
        let stem = raw.split(separator: ".", maxSplits: 1).first.map { $0.uppercased() } ?? ""
        return !reserved.contains(stem)
    }

    private static func allowed(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "a"..."z", "A"..."Z", "0"..."9", ".", "_", "-": true
        default: false
        }
    }

    /// Device names Windows refuses as file names, with or without an extension.
    private static let reserved: Set<String> = Set(["CON", "PRN", "AUX", "NUL"] + (1...9).flatMap { ["COM\($0)", "LPT\($0)"] })
}
