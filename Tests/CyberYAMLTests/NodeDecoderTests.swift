import Testing
@testable import CyberYAML

private struct Option: Decodable, Equatable {
    var value: String
    var level: Int
}

private struct Question: Decodable, Equatable {
    var id: String
    var weight: Double?
    var answers: [Option]
}

private struct Domain: Decodable, Equatable {
    var id: String
    var questions: [Question]
}

private struct Doc: Decodable, Equatable {
    var domains: [Domain]
}

@Suite struct NodeDecoderTests {
    let text = """
        domains:
          - id: A
            questions:
              - id: A-1
                weight: 2
                answers:
                  - {value: no, level: 0}
                  - {value: yes, level: 3}
          - id: B
            questions:
              - id: B-1
                weight: high
                answers: []
        """

    @Test func decodesNestedValues() throws {
        let fixed = text.replacingOccurrences(of: "weight: high", with: "weight: 1.5")
        let doc = try NodeDecoder().decode(Doc.self, from: Parser.parse(fixed))
        #expect(doc.domains[0].questions[0] == Question(id: "A-1", weight: 2, answers: [Option(value: "no", level: 0), Option(value: "yes", level: 3)]))
        #expect(doc.domains[1].questions[0].weight == 1.5)
    }

    @Test func typeMismatchNamesPathLineColumnExpectedAndFound() {
        #expect(throws: YAMLError.typeMismatch(path: "domains[1].questions[0].weight", expected: "a number", found: "\"high\"", Mark(line: 12, column: 17))) {
            try NodeDecoder().decode(Doc.self, from: Parser.parse(text))
        }
        let error = YAMLFileError(file: "q.yaml", error: .typeMismatch(path: "domains[1].questions[0].weight", expected: "a number", found: "\"high\"", Mark(line: 12, column: 17)))
        #expect(error.description == "q.yaml:12:17: domains[1].questions[0].weight: expected a number, found \"high\"")
    }

    @Test func missingKeyPointsAtTheMapping() {
        #expect(throws: YAMLError.missingKey(path: "domains[0]", key: "questions", Mark(line: 2, column: 5))) {
            try NodeDecoder().decode(Doc.self, from: Parser.parse("domains:\n  - id: A\n"))
        }
    }

    @Test func unknownKeySuggestsTheClosestKnownKey() {
        #expect(throws: YAMLError.unknownKey(path: "domains[0].questions[0]", key: "wieght", suggestion: "weight", Mark(line: 5, column: 9))) {
            try NodeDecoder().decode(Doc.self, from: Parser.parse("""
                domains:
                  - id: A
                    questions:
                      - id: A-1
                        wieght: 2
                        answers: []
                """))
        }
    }

    @Test func misspeltRequiredKeyIsReportedWhereTheTypoIsWithItsSpelling() {
        #expect(throws: YAMLError.unknownKey(path: "domains[0].questions[0]", key: "answrs", suggestion: "answers", Mark(line: 5, column: 9))) {
            try NodeDecoder().decode(Doc.self, from: Parser.parse("""
                domains:
                  - id: A
                    questions:
                      - id: A-1
                        answrs: []
                """))
        }
    }

    @Test func misspeltRequiredKeyDoesNotHideLaterProblemsWhenCollecting() throws {
        let (doc, problems) = try NodeDecoder().decodeCollecting(Doc.self, from: Parser.parse("""
            domains:
              - id: A
                questionz:
                  - id: A-1
                    answers: [{value: no, level: 0}]
                    colour: red
            """))
        #expect(doc.domains.first?.questions.first?.id == "A-1")
        #expect(problems.map(\.description) == [
            "3:5: domains[0]: unknown key 'questionz' (did you mean 'questions'?)",
            "6:9: domains[0].questions[0]: unknown key 'colour'",
        ])
    }

    @Test func aKeyFarFromAnyMissingOneStaysMissing() {
        #expect(throws: YAMLError.missingKey(path: "domains[0]", key: "questions", Mark(line: 2, column: 5))) {
            try NodeDecoder().decode(Doc.self, from: Parser.parse("domains:\n  - id: A\n    notes: x\n"))
        }
    }

    @Test func quotedNumbersAreNotNumbers() {
        #expect(throws: YAMLError.typeMismatch(path: "[0].level", expected: "a whole number", found: "\"3\"", Mark(line: 1, column: 21))) {
            try NodeDecoder().decode([Option].self, from: Parser.parse("- {value: a, level: '3'}"))
        }
    }

    @Test func plainNumbersDecodeAsText() throws {
        #expect(try NodeDecoder().decode([String: String].self, from: Parser.parse("version: 1.0\nother: 2026-27\n")) == ["version": "1.0", "other": "2026-27"])
    }

    @Test func nullIsNotText() {
        #expect(throws: YAMLError.typeMismatch(path: "value", expected: "text", found: "nothing (null)", Mark(line: 1, column: 8))) {
            try NodeDecoder().decode(Option.self, from: Parser.parse("value: ~\nlevel: 1\n"))
        }
    }
}
