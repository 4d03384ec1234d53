/// What an id in a questionnaire may be: 1 to 100 ASCII letters, digits, `.`, `-` and `_`,
/// starting with a letter or digit. Ids become file names (`import`, `library export`), keys in
/// answers files, SQL values and HTML anchors, so one that is empty, leaves a folder
/// (`../../x`), hides a file (`.x`) or carries control characters is refused where it is
/// written, by `validate` and by `import --id`/`--prefix` alike.
public enum Identifier {
    /// The longest id accepted.
    public static let maxLength = 100

    /// Why `id` cannot be an id, in words that end a message naming it; nil when it can.
    public static func problem(with id: String) -> String? {
        let bytes = Array(id.utf8)
        guard let first = bytes.first else { return "is empty; give an id of letters, digits, '.', '-' and '_'" }
        guard bytes.count <= maxLength else { return "is \(bytes.count) characters long; ids are at most \(maxLength)" }
        guard isLetterOrDigit(first) else { return "starts with '\(id.prefix(1))'; an id starts with a letter or digit" }
        guard bytes.allSatisfy({ isLetterOrDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }) else {
            return "holds characters other than letters, digits, '.', '-' and '_' (spaces, '/', control characters or non-ASCII letters); use only those"
        }
        return nil
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
