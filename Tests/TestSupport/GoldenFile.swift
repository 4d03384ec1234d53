import Foundation

/// Compares rendered output with a committed golden file and describes the difference.
public enum GoldenFile {
    /// Nil when the file at `path` holds exactly `actual`; otherwise a message naming the file,
    /// the lines that differ (a `-` line is the golden file's, a `+` line the rendered one's)
    /// and `regenerate`, the command that rewrites the golden file.
    public static func difference(_ actual: [UInt8], goldenAt path: String, regenerate: String) -> String? {
        difference(actual, golden: FileManager.default.contents(atPath: path).map { [UInt8]($0) }, path: path, regenerate: regenerate)
    }

    /// Nil when `golden`, the content of the golden file at `path` (nil when it is missing), is
    /// exactly `actual`; otherwise the message `difference(_:goldenAt:regenerate:)` describes.
    public static func difference(_ actual: [UInt8], golden: [UInt8]?, path: String, regenerate: String) -> String? {
        guard let golden else { return "missing golden file \(path)\nCreate it with: \(regenerate)" }
        if golden == actual { return nil }
        return """
            \(Repository.relative(path)) differs from the rendered output:
            \(lineDiff(expected: String(decoding: golden, as: UTF8.self), actual: String(decoding: actual, as: UTF8.self)))
            Regenerate with: \(regenerate)
            """
    }

    /// `bytes` with every ISO 8601 UTC date-time (`2026-11-28T10:00:00Z`, with or without
    /// fractions of a second) replaced by `<time>`, so output stamped with the clock compares.
    public static func maskingTimestamps(_ bytes: [UInt8]) -> [UInt8] {
        let text = String(decoding: bytes, as: UTF8.self)
        let masked = text.replacing(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/, with: "<time>")
        return Array(masked.utf8)
    }

    /// The differing middle of two texts, after their common leading and trailing lines, with
    /// two lines of context either side and at most `limit` changed lines of each.
    public static func lineDiff(expected: String, actual: String, limit: Int = 20) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var start = 0
        while start < old.count, start < new.count, old[start] == new[start] { start += 1 }
        var oldEnd = old.count, newEnd = new.count
        while oldEnd > start, newEnd > start, old[oldEnd - 1] == new[newEnd - 1] { oldEnd -= 1; newEnd -= 1 }
        let before = max(0, start - 2)
        var lines = ["@@ line \(start + 1) @@"]
        lines += old[before..<start].map { "  " + $0 }
        lines += clipped(old[start..<oldEnd], marker: "- ", limit: limit)
        lines += clipped(new[start..<newEnd], marker: "+ ", limit: limit)
        lines += old[oldEnd..<min(old.count, oldEnd + 2)].map { "  " + $0 }
        return lines.joined(separator: "\n")
    }

    private static func clipped(_ lines: ArraySlice<Substring>, marker: String, limit: Int) -> [String] {
        var shown = lines.prefix(limit).map { marker + $0 }
        if lines.count > limit { shown.append(marker + "… \(lines.count - limit) more lines") }
        return shown
    }
}
