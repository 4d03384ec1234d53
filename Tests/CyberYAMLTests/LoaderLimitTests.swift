import Foundation
import Testing
@testable import CyberYAML

/// Each safety limit of the loader refuses hostile input with a positioned error.
@Suite struct LoaderLimitTests {
    @Test func billionLaughsFailsFastInBoundedMemory() {
        var text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        let names = "bcdefghij".map(String.init)
        var previous = "a"
        for name in names {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
            previous = name
        }
        let start = Date()
        #expect(throws: YAMLError.aliasExpansion(limit: 1_000_000, Mark(line: 7, column: 8))) {
            try Parser.parse(text)
        }
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test func tooManyAliasesIsRefused() {
        let text = "a: &a 1\nb: [" + Array(repeating: "*a", count: 11).joined(separator: ", ") + "]\n"
        #expect(throws: YAMLError.tooManyAliases(limit: 10, Mark(line: 2, column: 45))) {
            try Parser.parse(text, limits: LoaderLimits(maxAliases: 10))
        }
    }

    @Test func deepNestingIsRefusedWithoutOverflow() {
        let depth = 100_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(throws: YAMLError.tooDeep(limit: 64, Mark(line: 1, column: 65))) {
            try Parser.parse(text)
        }
    }

    @Test func hugeFileIsRefusedBeforeParsing() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 2_000)
        #expect(throws: YAMLError.tooLarge(bytes: 2_000, limit: 1_000)) {
            try Parser.parse(bytes, limits: LoaderLimits(maxBytes: 1_000))
        }
    }

    @Test func duplicateKeysAreRefused() {
        #expect(throws: YAMLError.duplicateKey("RES-REC-03", Mark(line: 3, column: 3), first: Mark(line: 2, column: 3))) {
            try Parser.parse("answers:\n  RES-REC-03: annual\n  RES-REC-03: never\n")
        }
    }

    @Test func invalidUTF8IsRefusedWithPosition() {
        var bytes = Array("id: demo\ntitle: caf".utf8)
        bytes.append(0xC3)  // a lead byte with no continuation
        bytes.append(contentsOf: Array("\n".utf8))
        #expect(throws: YAMLError.invalidUTF8(Mark(line: 2, column: 11), byte: 0xC3)) {
            try Parser.parse(bytes)
        }
        // Overlong encoding of '/' and a UTF-16 surrogate are invalid too.
        #expect(throws: YAMLError.invalidUTF8(Mark(line: 1, column: 4), byte: 0xC0)) { try Parser.parse([0x61, 0x3A, 0x20, 0xC0, 0xAF]) }
        #expect(throws: YAMLError.invalidUTF8(Mark(line: 1, column: 4), byte: 0xED)) { try Parser.parse([0x61, 0x3A, 0x20, 0xED, 0xA0, 0x80]) }
    }

    @Test func validMultibyteTextIsAccepted() throws {
        let node = try Parser.parse("name: Ynys Môn – Cyngor Sir 🏴\n")
        #expect(node.mapping?["name"]?.scalar?.value == "Ynys Môn – Cyngor Sir 🏴")
    }

    @Test func secondDocumentIsRefused() {
        #expect(throws: YAMLError.multipleDocuments(Mark(line: 2, column: 1))) {
            try Parser.parse("a: 1\n---\nb: 2\n")
        }
    }

    @Test func unknownTagsAreRefused() {
        #expect(throws: YAMLError.unknownTag("!python/object", Mark(line: 1, column: 4))) {
            try Parser.parse("a: !python/object x\n")
        }
        #expect(throws: YAMLError.unknownTag("tag:yaml.org,2002:binary", Mark(line: 1, column: 4))) {
            try Parser.parse("a: !!binary aGVsbG8=\n")
        }
    }

    @Test func standardTagsAreAccepted() throws {
        let node = try Parser.parse("a: !!str 12\n")
        #expect(node.mapping?["a"]?.scalar?.value == "12")
    }

    @Test func complexKeysAreRefused() {
        #expect(throws: YAMLError.complexKey(Mark(line: 1, column: 3))) { try Parser.parse("? [a, b]\n: 1\n") }
    }

    @Test func undefinedAliasIsRefused() {
        #expect(throws: YAMLError.self) { try Parser.parse("a: *nope\n") }
    }
}
