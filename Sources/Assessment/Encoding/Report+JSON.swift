extension Report {
    /// The canonical JSON of the report: sorted keys, two-space indentation, a final newline.
    /// The same report always gives the same bytes.
    package func canonicalJSON() throws(AssessmentError) -> [UInt8] {
        let json = written { w in
            guard (try? write(to: &w)) != nil else { return false }
            w.end()
            return true
        }
        if let json { return json }
        // A number JSON cannot hold: the encoder says where it is.
        return try encodedJSON()
    }

    /// The bytes `body` writes, straight into a new array's storage sized for this report, or
    /// nil when `body` returns false. A report that outgrows the estimate is written on in the
    /// writer's own buffer and copied once.
    private func written(_ body: (inout CanonicalJSONWriter) -> Bool) -> [UInt8]? {
        // About 1.6 kB of JSON per question, at most 2 kB, so the estimate is rarely outgrown.
        let questions = topics.reduce(0) { $0 + $1.domains.reduce(0) { $0 + $1.questions.count } }
        var done = true
        var outgrown: [UInt8]?
        let array = [UInt8](unsafeUninitializedCapacity: 16_384 + 2_048 * questions) { storage, initialized in
            var writer = CanonicalJSONWriter(writingInto: storage)
            done = body(&writer)
            if !done || writer.isInLentStorage {
                initialized = done ? writer.count : 0
            } else {
                initialized = 0
                outgrown = writer.copiedBytes()
            }
        }
        guard done else { return nil }
        return outgrown ?? array
    }

    /// The canonical JSON through `JSONEncoder`: the oracle that the direct writer of
    /// `canonicalJSON()` matches byte for byte, and the source of its error messages.
    package func encodedJSON() throws(AssessmentError) -> [UInt8] {
        try CanonicalJSON.encode(self, for: "the \(body.id) report")
    }

    /// SHA-256 of the canonical JSON with `digest`, `generatedAt` and `library` removed.
    package func computeDigest() throws(AssessmentError) -> String {
        sha256Hex(try digestedContent().canonicalJSON())
    }

    /// The report with its digest filled in.
    package func sealed() throws(AssessmentError) -> Report {
        var copy = self
        copy.digest = try computeDigest()
        return copy
    }

    /// The report with its digest filled in, and that sealed report's canonical JSON, from one
    /// encoding pass into one buffer where possible (`sealedInPlace`). A report with a
    /// `generatedAt` time differs from its digested content in more than the digest, so it is
    /// encoded again.
    /// A report naming its library (and no generation time) is sealed in place without it,
    /// and the library's line is then put into the provenance of those bytes.
    package func sealedWithJSON() throws(AssessmentError) -> (report: Report, json: [UInt8]) {
        if let library = provenance.library, provenance.generatedAt == nil {
            var content = self
            content.provenance.library = nil
            if let (sealed, json) = content.sealedInPlace(),
               let named = CanonicalJSON.inserting(provenanceLibrary: library, into: json) {
                var report = sealed
                report.provenance.library = library
                return (report, named)
            }
            return try sealedByInsertion()
        }
        if let sealed = sealedInPlace() { return sealed }
        return try sealedByInsertion()
    }

    /// `sealedWithJSON` in one buffer: the report is written with a placeholder where its
    /// digest goes, the digest is the hash of the bytes around that line (which are the
    /// digested content's JSON), and it is written over the placeholder. Nil for a report with
    /// a generation time or a library name (its digested content differs in more than the
    /// digest) or a number JSON cannot hold.
    package func sealedInPlace() -> (report: Report, json: [UInt8])? {
        guard provenance.generatedAt == nil, provenance.library == nil else { return nil }
        var content = self
        content.digest = nil
        var digest: String?
        let json = content.written { w in
            guard let reservation = try? content.write(to: &w, reservingDigest: true) else { return false }
            // The final newline is part of what is hashed.
            w.end()
            digest = w.withBytes(without: reservation) { sha256Hex(parts: $0) }
            guard let digest else { return false }
            w.fill(reservation, with: digest)
            return true
        }
        guard let json, let digest else { return nil }
        var sealed = self
        sealed.digest = digest
        return (sealed, json)
    }

    /// `sealedWithJSON` by encoding the digested content, hashing it and inserting the digest
    /// into those bytes, or encoding the sealed report again (the tests hold both paths to
    /// sealing and encoding through `JSONEncoder`).
    private func sealedByInsertion() throws(AssessmentError) -> (report: Report, json: [UInt8]) {
        let content = try digestedContent().canonicalJSON()
        var sealed = self
        sealed.digest = sha256Hex(content)
        if provenance.generatedAt == nil, provenance.library == nil, let digest = sealed.digest,
           let json = CanonicalJSON.inserting(topLevelKey: "digest", text: digest, into: content) {
            return (sealed, json)
        }
        return (sealed, try sealed.canonicalJSON())
    }

    /// What the digest covers: the report without its digest, generation time and library
    /// name, so a report verifies with whatever copy of the same library the auditor has.
    private func digestedContent() -> Report {
        var content = self
        content.digest = nil
        content.provenance.generatedAt = nil
        content.provenance.library = nil
        return content
    }

    /// Reads a report from JSON, checking its schema.
    package static func decode(json bytes: [UInt8], path: String) throws(AssessmentError) -> Report {
        let report = try CanonicalJSON.decode(Report.self, from: bytes, path: path, expected: "a cyberassess JSON report ('cyberassess score --format json')")
        guard report.schema == currentSchema else {
            throw .schema(path: path, expected: "report schema '\(currentSchema)'", found: "'\(report.schema)'; score the answers again with this version of cyberassess")
        }
        return report
    }
}
