extension Report {
    /// The canonical JSON of the report: sorted keys, two-space indentation, a final newline.
    /// The same report always gives the same bytes.
    public func canonicalJSON() throws(AssessmentError) -> [UInt8] {
        var writer = makeWriter()
        do {
            try write(to: &writer)
        } catch {
            // A number JSON cannot hold: the encoder says where it is.
            return try encodedJSON()
        }
        return writer.finish()
    }

    /// The canonical JSON through `JSONEncoder`: the oracle that the direct writer of
    /// `canonicalJSON()` matches byte for byte, and the source of its error messages.
    func encodedJSON() throws(AssessmentError) -> [UInt8] {
        try CanonicalJSON.encode(self, for: "the \(body.id) report")
    }

    /// SHA-256 of the canonical JSON with `digest` and `generatedAt` removed.
    public func computeDigest() throws(AssessmentError) -> String {
        sha256Hex(try digestedContent().canonicalJSON())
    }

    /// The report with its digest filled in.
    public func sealed() throws(AssessmentError) -> Report {
        var copy = self
        copy.digest = try computeDigest()
        return copy
    }

    /// The report with its digest filled in, and that sealed report's canonical JSON, from one
    /// encoding pass into one buffer where possible (`sealedInPlace`). A report with a
    /// `generatedAt` time differs from its digested content in more than the digest, so it is
    /// encoded again.
    public func sealedWithJSON() throws(AssessmentError) -> (report: Report, json: [UInt8]) {
        if let sealed = sealedInPlace() { return sealed }
        return try sealedByInsertion()
    }

    /// A writer whose buffer is about the size of this report's JSON.
    private func makeWriter() -> CanonicalJSONWriter {
        // About 1.6 kB of JSON per question, at most 2 kB, so the buffer is rarely grown and copied.
        let questions = topics.reduce(0) { $0 + $1.domains.reduce(0) { $0 + $1.questions.count } }
        return CanonicalJSONWriter(capacity: 16_384 + 2_048 * questions)
    }

    /// `sealedWithJSON` in one buffer: the report is written with a placeholder where its
    /// digest goes, the digest is the hash of the bytes around that line (which are the
    /// digested content's JSON), and it is written over the placeholder. Nil for a report with
    /// a generation time (its digested content differs in more than the digest) or a number
    /// JSON cannot hold.
    func sealedInPlace() -> (report: Report, json: [UInt8])? {
        guard provenance.generatedAt == nil else { return nil }
        var content = self
        content.digest = nil
        var writer = makeWriter()
        guard let reservation = try? content.write(to: &writer, reservingDigest: true) else { return nil }
        // The canonical JSON ends with a newline, which `finish` appends.
        let newline: [UInt8] = [0x0A]
        let hashed = newline.withUnsafeBytes { end in writer.withBytes(without: reservation) { sha256Hex(parts: $0 + [end]) } }
        guard let digest = hashed else { return nil }
        writer.fill(reservation, with: digest)
        var sealed = self
        sealed.digest = digest
        return (sealed, writer.finish())
    }

    /// `sealedWithJSON` by encoding the digested content, hashing it and inserting the digest
    /// into those bytes (or encoding the sealed report again): the general path, and the
    /// oracle `sealedInPlace` is tested against.
    func sealedByInsertion() throws(AssessmentError) -> (report: Report, json: [UInt8]) {
        let content = try digestedContent().canonicalJSON()
        var sealed = self
        sealed.digest = sha256Hex(content)
        if provenance.generatedAt == nil, let digest = sealed.digest,
           let json = CanonicalJSON.inserting(topLevelKey: "digest", text: digest, into: content) {
            return (sealed, json)
        }
        return (sealed, try sealed.canonicalJSON())
    }

    /// What the digest covers: the report without its digest and generation time.
    private func digestedContent() -> Report {
        var content = self
        content.digest = nil
        content.provenance.generatedAt = nil
        return content
    }

    /// Reads a report from JSON, checking its schema.
    public static func decode(json bytes: [UInt8], path: String) throws(AssessmentError) -> Report {
        let report = try CanonicalJSON.decode(Report.self, from: bytes, path: path, expected: "a cyberassess JSON report ('cyberassess score --format json')")
        guard report.schema == currentSchema else {
            throw .schema(path: path, expected: "report schema '\(currentSchema)'", found: "'\(report.schema)'; score the answers again with this version of cyberassess")
        }
        return report
    }
}
