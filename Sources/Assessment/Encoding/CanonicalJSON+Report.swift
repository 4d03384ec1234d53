/// A report's canonical JSON written field by field (`CanonicalJSONWriter`), byte for byte what
/// `CanonicalJSON.encode(report)` gives through `JSONEncoder`, several times faster. Each type
/// writes its keys in sorted order and leaves out nil optionals, as the synthesised `Encodable`
/// conformances do. A field added to a report type must be added here too: the differential
/// tests (`CanonicalJSONWriterTests`) compare both paths on every example and generated report.
extension Report {
    package func write(to w: inout CanonicalJSONWriter) throws(CanonicalJSONWriter.NonFinite) {
        _ = try write(to: &w, reservingDigest: false)
    }

    /// Writes the report; with `reservingDigest`, the digest member is written with a
    /// placeholder of 64 hex digits in place of `digest`, and where it is comes back.
    package func write(to w: inout CanonicalJSONWriter, reservingDigest: Bool) throws(CanonicalJSONWriter.NonFinite) -> CanonicalJSONWriter.Reservation? {
        w.openObject()
        w.optional("assessor", assessor)
        w.key("body"); body.write(to: &w)
        w.key("date"); w.string(date.description)
        var reservation: CanonicalJSONWriter.Reservation?
        if reservingDigest {
            reservation = w.reservedString("digest", length: 64)
        } else {
            w.optional("digest", digest)
        }
        try w.array("frameworks", frameworks) { w, v throws(CanonicalJSONWriter.NonFinite) in try v.write(to: &w) }
        w.array("notApplicable", notApplicable) { w, v in v.write(to: &w) }
        w.key("overall"); try overall.write(to: &w)
        if let peers { w.key("peers"); try peers.write(to: &w) }
        w.key("period"); w.string(period)
        w.optional("profile", profile)
        w.key("provenance"); provenance.write(to: &w)
        try w.array("recommendations", recommendations) { w, v throws(CanonicalJSONWriter.NonFinite) in try v.write(to: &w) }
        w.key("schema"); w.string(schema)
        w.array("staleEvidence", staleEvidence) { w, v in v.write(to: &w) }
        try w.array("topics", topics) { w, v throws(CanonicalJSONWriter.NonFinite) in try v.write(to: &w) }
        w.array("unanswered", unanswered) { w, v in v.write(to: &w) }
        w.closeObject()
        return reservation
    }
}

extension Body {
    package func write(to w: inout CanonicalJSONWriter) {
        w.openObject()
        w.key("id"); w.string(id)
        w.key("name"); w.string(name)
        w.optional("region", region)
        w.optional("type", type)
        w.closeObject()
    }
}

extension OverallResult {
    package func write(to w: inout CanonicalJSONWriter) throws(CanonicalJSONWriter.NonFinite) {
        w.openObject()
        w.key("answered"); w.int(answered)
        w.optional("band", band)
        w.key("completeness"); try w.double(completeness)
        if let draft { w.key("draft"); w.bool(draft) }
        w.key("inScope"); w.int(inScope)
        w.optional("levelZeroQuestions", levelZeroQuestions)
        try w.optional("score", score)
        w.key("targetsMet"); w.bool(targetsMet)
        w.key("topicWeights")
        w.openObject()
        for key in topicWeights.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            w.key(key); try w.double(topicWeights[key]!)
        }
        w.closeObject()
        if let weakestDomain { w.key("weakestDomain"); try weakestDomain.write(to: &w) }
        w.optional("weakestLink", weakestLink)
        w.closeObject()
    }
}

extension WeakestDomain {
    package func write(to w: inout CanonicalJSONWriter) throws(CanonicalJSONWriter.NonFinite) {
        w.openObject()
        w.key("id"); w.string(id)
        w.key("scaleMax"); w.int(scaleMax)
        w.key("score"); try w.double(score)
        w.key("title"); w.string(title)
        w.key("topic"); w.string(topic)
        w.closeObject()
    }
}

extension TopicResult {
    package func write(to w: inout CanonicalJSONWriter) throws(CanonicalJSONWriter.NonFinite) {
        w.openObject()
        w.optional("band", band)
        w.key("completeness"); try w.double(completeness)
        try w.array("domains", domains) { w, v throws(CanonicalJSONWriter.NonFinite) in try v.write(to: &w) }
        try w.optional("gap", gap)
        w.key("id"); w.string(id)
        w.key("method"); w.string(method.rawValue)
        w.key("scaleMax"); w.int(scaleMax)
        try w.optional("score", score)
        w.key("target"); try w.double(target)
        w.key("targetsMet"); w.bool(targetsMet)
        w.key("title"); w.string(title)
        w.key("topic"); w.string(topic)
        w.key("version"); w.string(version)
        w.optional("weakestLink", weakestLink)
        w.closeObject()
    }
}

extension DomainResult {
    package func write(to w: inout CanonicalJSONWriter) throws(CanonicalJSONWriter.NonFinite) {
        w.openObject()
        w.key("answered"); w.int(answered)
        w.optional("band", band)
        try w.optional("gap", gap)
        w.key("id"); w.string(id)
        w.key("inScope"); w.int(inScope)
        w.key("met"); w.bool(met)
        try w.array("questions", questions) { w, v throws(CanonicalJSONWriter.NonFinite) in try v.write(to: &w) }
        try w.optional("score", score)
        w.key("target"); w.int(target)
        w.key("title"); w.string(title)
        w.optional("weakestLink", weakestLink)
        w.key("weight"); try w.double(weight)
        w.closeObject()
    }
}

extension QuestionResult {
    package func write(to w: inout CanonicalJSONWriter) throws(CanonicalJSONWriter.NonFinite) {
        w.openObject()
        w.optional("answer", answer)
        w.optional("answerFrom", answerFrom)
        w.optional("answeredBy", answeredBy)
        w.optional("comment", comment)
        w.array("evidence", evidence) { w, v in v.write(to: &w) }
        w.key("id"); w.string(id)
        w.optional("justification", justification)
        w.optional("label", label)
        w.optional("level", level)
        if let met { w.key("met"); w.bool(met) }
        if let outcome { w.key("outcome"); outcome.write(to: &w) }
        w.optional("practiceLevel", practiceLevel)
        w.array("references", references) { w, v in w.string(v.framework, UInt8(ascii: ":"), v.id) }
        w.key("status"); w.string(status.rawValue)
        w.key("target"); w.int(target)
        w.key("text"); w.string(text)
        w.key("weight"); try w.double(weight)
        w.closeObject()
    }
}

extension OutcomeResult {
    package func write(to w: inout CanonicalJSONWriter) {
        w.openObject()
        w.array("agreed", agreed) { w, v in w.string(v) }
        w.key("decidedBy"); w.string(decidedBy)
        w.key("required"); w.string(required.rawValue)
        w.key("status"); w.string(status.rawValue)
        w.closeObject()
    }
}

extension EvidenceResult {
    package func write(to w: inout CanonicalJSONWriter) {
        w.openObject()
        if let date { w.key("date"); w.string(date.description) }
        w.optional("location", location)
        w.key("stale"); w.bool(stale)
        w.key("title"); w.string(title)
        w.closeObject()
    }
}

extension Recommendation {
    package func write(to w: inout CanonicalJSONWriter) throws(CanonicalJSONWriter.NonFinite) {
        w.openObject()
        w.key("domain"); w.string(domain)
        w.array("evidence", evidence) { w, v in w.string(v) }
        w.key("level"); w.int(level)
        w.key("priority"); try w.double(priority)
        w.key("question"); w.string(question)
        w.key("questionText"); w.string(questionText)
        w.key("rank"); w.int(rank)
        w.array("references", references) { w, v in w.string(v.framework, UInt8(ascii: ":"), v.id) }
        w.key("target"); w.int(target)
        w.key("text"); w.string(text)
        w.key("topic"); w.string(topic)
        w.closeObject()
    }
}

extension QuestionRef {
    package func write(to w: inout CanonicalJSONWriter) {
        w.openObject()
        w.key("domain"); w.string(domain)
        w.key("id"); w.string(id)
        w.key("text"); w.string(text)
        w.key("topic"); w.string(topic)
        w.closeObject()
    }
}

extension NotApplicableItem {
    package func write(to w: inout CanonicalJSONWriter) {
        w.openObject()
        w.key("id"); w.string(id)
        w.key("justification"); w.string(justification)
        w.key("text"); w.string(text)
        w.closeObject()
    }
}

extension StaleEvidence {
    package func write(to w: inout CanonicalJSONWriter) {
        w.openObject()
        w.key("cutoff"); w.string(cutoff.description)
        w.key("date"); w.string(date.description)
        w.key("question"); w.string(question)
        w.key("title"); w.string(title)
        w.closeObject()
    }
}

extension FrameworkView {
    package func write(to w: inout CanonicalJSONWriter) throws(CanonicalJSONWriter.NonFinite) {
        w.openObject()
        w.key("framework"); w.string(framework)
        try w.array("groups", groups) { w, v throws(CanonicalJSONWriter.NonFinite) in try v.write(to: &w) }
        w.key("title"); w.string(title)
        w.optional("version", version)
        w.closeObject()
    }
}

extension FrameworkGroupResult {
    package func write(to w: inout CanonicalJSONWriter) throws(CanonicalJSONWriter.NonFinite) {
        w.openObject()
        w.key("id"); w.string(id)
        try w.array("items", items) { w, v throws(CanonicalJSONWriter.NonFinite) in try v.write(to: &w) }
        try w.optional("meanLevel", meanLevel)
        w.key("meeting"); w.int(meeting)
        w.key("questions"); w.int(questions)
        w.key("title"); w.string(title)
        w.closeObject()
    }
}

extension FrameworkItemResult {
    package func write(to w: inout CanonicalJSONWriter) throws(CanonicalJSONWriter.NonFinite) {
        w.openObject()
        w.key("id"); w.string(id)
        try w.optional("meanLevel", meanLevel)
        w.key("meeting"); w.int(meeting)
        w.array("questions", questions) { w, v in w.string(v) }
        w.key("title"); w.string(title)
        w.closeObject()
    }
}

extension Provenance {
    package func write(to w: inout CanonicalJSONWriter) {
        w.openObject()
        w.key("answersSHA256"); w.string(answersSHA256)
        w.optional("generatedAt", generatedAt)
        w.optional("library", library)
        w.array("questionnaires", questionnaires) { w, source in
            w.openObject()
            w.key("id"); w.string(source.id)
            w.key("sha256"); w.string(source.sha256)
            w.key("version"); w.string(source.version)
            w.closeObject()
        }
        w.optional("staleAfterMonths", staleAfterMonths)
        w.optional("targetsSHA256", targetsSHA256)
        w.key("tool"); w.string(tool)
        w.key("toolVersion"); w.string(toolVersion)
        w.closeObject()
    }
}

extension PeerComparison {
    package func write(to w: inout CanonicalJSONWriter) throws(CanonicalJSONWriter.NonFinite) {
        w.openObject()
        w.key("bodies"); w.int(bodies)
        try w.array("figures", figures) { w, v throws(CanonicalJSONWriter.NonFinite) in try v.write(to: &w) }
        if let overall { w.key("overall"); try overall.write(to: &w) }
        w.closeObject()
    }
}

extension PeerComparison.Figure {
    package func write(to w: inout CanonicalJSONWriter) throws(CanonicalJSONWriter.NonFinite) {
        w.openObject()
        w.key("key"); w.string(key)
        w.key("median"); try w.double(median)
        try w.optional("percentile", percentile)
        try w.optional("percentileInType", percentileInType)
        w.key("q1"); try w.double(q1)
        w.key("q3"); try w.double(q3)
        w.closeObject()
    }
}

extension CanonicalJSONWriter {
    /// A member whose value is an array, each element written by `body`.
    package mutating func array<Element, Failure: Error>(_ name: StaticString, _ elements: [Element], _ body: (inout CanonicalJSONWriter, Element) throws(Failure) -> Void) throws(Failure) {
        key(name)
        openArray()
        for value in elements {
            element()
            try body(&self, value)
        }
        closeArray()
    }

    /// A string member, left out when nil.
    package mutating func optional(_ name: StaticString, _ value: String?) {
        if let value { key(name); string(value) }
    }

    /// An integer member, left out when nil.
    package mutating func optional(_ name: StaticString, _ value: Int?) {
        if let value { key(name); int(value) }
    }

    /// A number member, left out when nil.
    package mutating func optional(_ name: StaticString, _ value: Double?) throws(NonFinite) {
        if let value { key(name); try double(value) }
    }
}
