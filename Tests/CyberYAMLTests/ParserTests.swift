import Testing
@testable import CyberYAML

@Suite struct ParserTests {
    @Test func keepsLineAndColumnOfEveryNode() throws {
        let node = try Parser.parse("""
            id: demo
            domains:
              - id: RES-REC
                weight: 2
            """)
        let root = try #require(node.mapping)
        #expect(root.mark == Mark(line: 1, column: 1))
        let domains = try #require(root["domains"]?.sequence)
        let first = try #require(domains.items.first?.mapping)
        #expect(first.mark == Mark(line: 3, column: 5))
        #expect(first["weight"]?.mark == Mark(line: 4, column: 13))
        #expect(first["weight"]?.scalar?.value == "2")
    }

    @Test func quotedScalarsKeepTheirStyle() throws {
        let node = try Parser.parse("a: 'x'\nb: \"y\"\nc: z\n")
        let m = try #require(node.mapping)
        #expect(m["a"]?.scalar?.style == .singleQuoted)
        #expect(m["b"]?.scalar?.style == .doubleQuoted)
        #expect(m["c"]?.scalar?.style == .plain)
    }

    @Test func aliasesAreExpanded() throws {
        let node = try Parser.parse("a: &x [1, 2]\nb: *x\n")
        #expect(node.mapping?["b"]?.sequence?.items.count == 2)
    }

    @Test func syntaxErrorHasPosition() {
        #expect(throws: YAMLError.syntax(problem: "did not find expected ',' or ']' while parsing a flow sequence", mark: Mark(line: 2, column: 2))) {
            try Parser.parse("a: [1, 2\nb: 3\n")
        }
    }

    @Test func emptyFileIsRefused() {
        #expect(throws: YAMLError.emptyDocument) { try Parser.parse("") }
        #expect(throws: YAMLError.emptyDocument) { try Parser.parse("# only a comment\n") }
    }

    @Test func errorDescriptionReadsFileLineColumn() {
        let error = YAMLFileError(file: "q.yaml", error: .duplicateKey("id", Mark(line: 3, column: 1), first: Mark(line: 1, column: 1)))
        #expect(error.description == "q.yaml:3:1: duplicate key 'id' (first at line 1, column 1); keep only one")
    }
}
