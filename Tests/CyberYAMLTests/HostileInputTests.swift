import Foundation
import Testing
@testable import CyberYAML

/// Hostile or unusual bytes are refused (or accepted) with a message that says what and where.
@Suite struct HostileInputTests {
    @Test func manyNodesWithoutAliasesAreNotCalledAliasExpansion() {
        let text = "a: [" + Array(repeating: "1", count: 20).joined(separator: ", ") + "]\n"
        #expect(throws: YAMLError.tooManyNodes(limit: 10, Mark(line: 1, column: 26))) {
            try Parser.parse(text, limits: LoaderLimits(maxNodes: 10))
        }
        #expect(YAMLError.tooManyNodes(limit: 10, Mark(line: 1, column: 1)).message == "document has more than 10 nodes; split it into smaller files")
        #expect(YAMLError.aliasExpansion(limit: 10, Mark(line: 1, column: 1)).message == "document expands to more than 10 nodes (alias expansion); remove the nested aliases")
    }

    @Test func aNulByteIsReportedAtItsOwnColumn() throws {
        #expect(throws: YAMLError.controlCharacter(Mark(line: 2, column: 9), scalar: 0)) {
            try Parser.parse("a: 1\nbody: ab\u{0}c\n")
        }
        #expect(YAMLError.controlCharacter(Mark(line: 1, column: 1), scalar: 0).message == "control character U+0000 is not allowed in YAML; remove it or write it as an escape in double quotes")
        #expect(throws: YAMLError.controlCharacter(Mark(line: 1, column: 4), scalar: 0x1B)) {
            try Parser.parse("a: \u{1B}[2J\n")
        }
        #expect(try Parser.parse("a: \"\\0 and \\e\"\n").mapping?["a"]?.scalar?.value == "\u{0} and \u{1B}")
    }

    @Test func emptyFilesHaveAPositionAndSizeErrorsSayTheSize() throws {
        #expect(YAMLError.emptyDocument.mark == Mark(line: 1, column: 1))
        #expect(throws: YAMLError.emptyDocument) { try Parser.parse("# only a comment\n") }
        #expect(YAMLError.tooLarge(bytes: 9, limit: 8).message.contains("file is 9 bytes"))
    }

    @Test func aByteOrderMarkLoadsAndKeepsPositions() throws {
        let node = try Parser.parse("\u{FEFF}a: 1\r\nb: x\r\n")
        #expect(node.mapping?.pairs.map(\.key.mark) == [Mark(line: 1, column: 1), Mark(line: 2, column: 1)])
        #expect(throws: YAMLError.invalidUTF8(Mark(line: 1, column: 4), byte: 0xFF)) {
            try Parser.parse([0xEF, 0xBB, 0xBF, 0x61, 0x3A, 0x20, 0xFF, 0x0A])
        }
    }
}
