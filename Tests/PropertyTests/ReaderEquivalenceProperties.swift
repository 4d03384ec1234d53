import Assessment
import CyberYAML
import PropertyBased
import Testing

/// The fast event-stream reader and the ordinary decoder read every answers file written in
/// the documented styles identically, down to the marks.
@Suite struct ReaderEquivalenceProperties {
    @Test func theStreamReaderEqualsTheDecoder() async {
        await propertyCheck(count: 40, input: Gen.int(in: PropertyFixtures.seeds)) { seed in
            var writer = AnswersText(dice: Dice(seed))
            let text = writer.render(PropertyFixtures.answers(seed))
            let bytes = Array(text.utf8)
            let source = SourceFile(path: "generated.yaml", bytes: bytes)
            let decoded = try source.decodeAnswers()
            let streamed = try #require(AnswersStreamReader.read(bytes), "the fast reader gave up on:\n\(text)")
            #expect(streamed.answers == decoded.answers)
            #expect(streamed.answers.answers.map(\.mark) == decoded.answers.answers.map(\.mark))
            #expect(streamed.answers.answers.map(\.valueMark) == decoded.answers.answers.map(\.valueMark))
            #expect(streamed.bodyIDMark == decoded.node.mapping?["body"]?.mapping?["id"]?.mark)
        }
    }
}
