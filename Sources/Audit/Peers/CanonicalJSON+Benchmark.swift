import Assessment
/// A peer benchmark's canonical JSON written field by field (`CanonicalJSONWriter`), byte for
/// byte what `CanonicalJSON.encode(benchmark)` gives through `JSONEncoder`. A batch of any size
/// writes one `benchmark.json` of some hundreds of kilobytes (every distribution of every
/// group), which the encoder took about ten milliseconds over, longer than scoring fifty bodies.
/// A field added to these types must be added here too: `CanonicalJSONWriterTests` compares
/// both paths on aggregated generated bodies.
extension PeerBenchmark {
    package func write(to w: inout CanonicalJSONWriter) throws(CanonicalJSONWriter.NonFinite) {
        w.openObject()
        w.key("all"); try all.write(to: &w)
        w.key("anonymised"); w.bool(anonymised)
        w.key("minGroup"); w.int(minGroup)
        w.key("omittedGroups"); w.int(omittedGroups)
        w.array("periods", periods) { w, period in w.string(period) }
        w.key("regions"); try w.sortedObject(regions) { w, group throws(CanonicalJSONWriter.NonFinite) in try group.write(to: &w) }
        w.key("schema"); w.string(schema)
        w.key("types"); try w.sortedObject(types) { w, group throws(CanonicalJSONWriter.NonFinite) in try group.write(to: &w) }
        w.closeObject()
    }
}

extension PeerGroup {
    package func write(to w: inout CanonicalJSONWriter) throws(CanonicalJSONWriter.NonFinite) {
        w.openObject()
        w.key("bodies"); w.int(bodies)
        w.key("domains"); try w.sortedObject(domains) { w, aggregate throws(CanonicalJSONWriter.NonFinite) in try aggregate.write(to: &w) }
        if let overall { w.key("overall"); try overall.write(to: &w) }
        w.key("suppressed"); w.bool(suppressed)
        w.key("topics"); try w.sortedObject(topics) { w, aggregate throws(CanonicalJSONWriter.NonFinite) in try aggregate.write(to: &w) }
        w.closeObject()
    }
}

extension PeerAggregate {
    package func write(to w: inout CanonicalJSONWriter) throws(CanonicalJSONWriter.NonFinite) {
        w.openObject()
        w.key("count"); w.int(count)
        if let distribution {
            w.key("distribution")
            w.openArray()
            for entry in distribution.ascending {
                // `[value, count]`, the pairs `ScoreDistribution.encode(to:)` writes.
                w.element()
                w.openArray()
                w.element(); try w.double(Double(entry.hundredths) / 100)
                w.element(); w.int(entry.count)
                w.closeArray()
            }
            w.closeArray()
        }
        w.key("max"); try w.double(max)
        w.key("mean"); try w.double(mean)
        w.key("median"); try w.double(median)
        w.key("min"); try w.double(min)
        w.key("q1"); try w.double(q1)
        w.key("q3"); try w.double(q3)
        w.closeObject()
    }
}

extension CanonicalJSONWriter {
    /// An object from a dictionary, its keys in the encoder's order (byte order of their
    /// UTF-8), each value written by `body`.
    package mutating func sortedObject<Value, Failure: Error>(_ members: [String: Value], _ body: (inout CanonicalJSONWriter, Value) throws(Failure) -> Void) throws(Failure) {
        openObject()
        for key in members.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            self.key(key)
            try body(&self, members[key]!)
        }
        closeObject()
    }
}
