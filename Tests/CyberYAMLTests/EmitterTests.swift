import Testing
@testable import CyberYAML

@Suite struct EmitterTests {
    @Test func emitsBlockYAMLThatParsesBack() throws {
        var root = Node.Mapping()
        root.append("id", Node("demo"))
        root.append("version", Node("1.0"))
        root.append("flag", Node("true"))
        root.append("empty", Node(""))
        root.append("text", Node("a: b # not a comment"))
        root.append("list", .sequence(.init([Node("x"), Node("y")], flow: true)))
        let text = try Emitter.emit(.mapping(root))
        #expect(text == """
            id: demo
            version: '1.0'
            flag: 'true'
            empty: ''
            text: 'a: b # not a comment'
            list: [x, 'y']

            """)
        let back = try Parser.parse(text)
        #expect(back.mapping?["text"]?.scalar?.value == "a: b # not a comment")
        #expect(back.mapping?["empty"]?.scalar?.value == "")
    }

    @Test func writesCommentsAboveKeysAtTheirIndentation() throws {
        var inner = Node.Mapping()
        inner.append("answer", Node("annual"), comment: "options: never | annual\nsecond line")
        var root = Node.Mapping()
        root.append("answers", .mapping(inner), comment: "Answers go here")
        let text = try Emitter.emit(.mapping(root), header: "cyberassess answers")
        #expect(text == """
            # cyberassess answers
            # Answers go here
            answers:
              # options: never | annual
              # second line
              answer: annual

            """)
        _ = try Parser.parse(text)
    }

    /// Input text in a comment (a question's text, a body's name) cannot end the comment with
    /// a carriage return and write content, nor reach a terminal as an escape sequence.
    @Test func controlCharactersInCommentsAreWrittenAsTheirCodes() throws {
        var root = Node.Mapping()
        root.append("answer", Node("annual"), comment: "Q\r injected: yes\u{1B}[31m\u{2028}x\tok")
        let text = try Emitter.emit(.mapping(root), header: "for Demo\u{85}next: 1")
        #expect(text == #"""
            # for Demo\u{85}next: 1
            # Q\u{D} injected: yes\u{1B}[31m\u{2028}x	ok
            answer: annual

            """#)
        #expect(try Parser.parse(text).mapping?.pairs.count == 1)
    }

    @Test func escapesHostileText() throws {
        var root = Node.Mapping()
        root.append("comment", Node("line one\nline two\u{7}"))
        let text = try Emitter.emit(.mapping(root))
        let back = try Parser.parse(text)
        #expect(back.mapping?["comment"]?.scalar?.value == "line one\nline two\u{7}")
    }
}
