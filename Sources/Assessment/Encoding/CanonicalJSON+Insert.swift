extension CanonicalJSON {
    /// `json` (an object in the canonical layout) with a top-level `key` whose value is the
    /// string `text` added where sorting puts it, or nil when it cannot be placed that way
    /// (the key is already there, it would be the last key, or `json` is not an object).
    ///
    /// In the canonical layout every top-level key starts a line indented by exactly two spaces,
    /// and a newline never occurs inside a string (it is written `\n`), so the top-level keys
    /// are found by scanning for a newline, two spaces and a quote. `key` and `text` must need
    /// no escaping in JSON (a digest in hex does not).
    package static func inserting(topLevelKey key: String, text: String, into json: [UInt8]) -> [UInt8]? {
        let keyBytes = Array(key.utf8)
        guard json.first == UInt8(ascii: "{") else { return nil }
        var index = 1
        while let found = nextTopLevelKey(in: json, from: index) {
            let nameStart = found + 4
            guard let nameEnd = json[nameStart...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
            let name = json[nameStart..<nameEnd]
            if name.elementsEqual(keyBytes) { return nil }
            if keyBytes.lexicographicallyPrecedes(name) {
                var out: [UInt8] = []
                out.reserveCapacity(json.count + keyBytes.count + text.utf8.count + 12)
                out.append(contentsOf: json[...found])
                out.append(contentsOf: Array("  \"\(key)\" : \"\(text)\",".utf8))
                out.append(contentsOf: json[found...])
                return out
            }
            index = nameEnd
        }
        return nil
    }

    /// Where the next newline, two spaces and quote start, at or after `start`.
    private static func nextTopLevelKey(in bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        while i + 3 < bytes.count {
            if bytes[i] == 0x0A, bytes[i + 1] == 0x20, bytes[i + 2] == 0x20, bytes[i + 3] == UInt8(ascii: "\"") { return i }
            i += 1
        }
        return nil
    }

    /// `json` (a report in the canonical layout without `provenance.generatedAt` or
    /// `provenance.library`) with `provenance.library` set to `library`, or nil when the
    /// provenance is not where the layout puts it. The provenance's first key is always
    /// `answersSHA256` and `library` sorts right after it when there is no `generatedAt`.
    package static func inserting(provenanceLibrary library: String, into json: [UInt8]) -> [UInt8]? {
        let opening = Array("\n  \"provenance\" : {\n    \"answersSHA256\" : \"".utf8)
        guard let start = firstIndex(of: opening, in: json) else { return nil }
        guard let lineEnd = json[(start + opening.count)...].firstIndex(of: 0x0A) else { return nil }
        var writer = CanonicalJSONWriter(capacity: library.utf8.count + 8)
        writer.string(library)
        var out: [UInt8] = []
        out.reserveCapacity(json.count + library.utf8.count + 24)
        out.append(contentsOf: json[...lineEnd])
        out.append(contentsOf: Array("    \"library\" : ".utf8))
        out.append(contentsOf: writer.copiedBytes())
        out.append(contentsOf: Array(",\n".utf8))
        out.append(contentsOf: json[(lineEnd + 1)...])
        return out
    }

    /// Where `pattern` first starts in `bytes`.
    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var i = 0
        while i + pattern.count <= bytes.count {
            if bytes[i] == first, bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i += 1
        }
        return nil
    }
}
