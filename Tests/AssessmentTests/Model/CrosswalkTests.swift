import CyberYAML
import TestSupport
import Testing
@testable import Assessment

/// The CAF 4.0 catalogue, its crosswalk from 3.2, and the warnings for superseded citations.
@Suite struct CrosswalkTests {
    let library: Library

    init() throws {
        library = try Library.loadStrict(directory: Repository.questionnaires)
    }

    @Test func caf4HasFortyOneOutcomesAndSupersedes32() throws {
        let caf4 = try #require(library.catalogues["ncsc-caf-4"])
        let caf32 = try #require(library.catalogues["ncsc-caf"])
        #expect(caf4.items.count == 41)
        #expect(caf32.items.count == 39)
        #expect(caf4.supersedes == "ncsc-caf")
        #expect(caf4.item("A2.b")?.title == "Understanding threat")
        #expect(caf4.item("A2.c")?.title == "Assurance")
        #expect(caf4.item("A4.b")?.title == "Secure software development and support")
        #expect(caf4.items.filter { $0.group == "C1" }.map(\.id) == ["C1.a", "C1.b", "C1.c", "C1.d", "C1.e", "C1.f"])
        #expect(caf4.group("C2")?.title == "Threat hunting")
        #expect(caf4.topGroup(of: "C2.a")?.id == "C")
    }

    @Test func crosswalkNamesOnlyIdentifiersThatExist() throws {
        let caf4 = try #require(library.catalogues["ncsc-caf-4"])
        let caf32 = try #require(library.catalogues["ncsc-caf"])
        for entry in caf4.crosswalk {
            if let from = entry.from { #expect(caf32.item(from) != nil, "\(from) is not in CAF 3.2") }
            for to in entry.to { #expect(caf4.item(to) != nil, "\(to) is not in CAF 4.0") }
            #expect(entry.from != nil || !entry.to.isEmpty)
        }
        // Every 4.0 identifier is either new (listed as added) or reached from 3.2.
        let reached = Set(caf32.items.map(\.id)).subtracting(caf4.crosswalk.compactMap(\.from))
            .union(caf4.crosswalk.flatMap(\.to))
        #expect(Set(caf4.items.map(\.id)).subtracting(reached).isEmpty)
    }

    @Test func citationsOfASupersededVersionAreWarnedAbout() throws {
        let text = """
            id: w
            version: "1"
            title: W
            topic: w
            scale: [{level: 0, name: No}, {level: 1, name: Yes}]
            target: 1
            domains:
              - id: WD
                title: D
                questions:
                  - id: WQ
                    text: Q
                    answers: [{value: n, label: No, level: 0}, {value: y, label: Yes, level: 1}]
                    references: {ncsc-caf: [A2.b, B5.c], ncsc-caf-4: C1.f}
            """
        var small = Library()
        small.add(try NodeDecoder().decode(Questionnaire.self, from: Parser.parse(text)), path: "w.yaml", sha256: "")
        small.add(try #require(library.catalogues["ncsc-caf"]))
        small.add(try #require(library.catalogues["ncsc-caf-4"]))
        let validator = LibraryValidator(library: small)
        #expect(validator.validate() == [])
        #expect(validator.warnings().map(\.description) == [
            "w.yaml:14:33: 2 references cite ncsc-caf 3.2, which ncsc-caf-4 4.0 supersedes; identifiers not in its crosswalk keep their meaning",
            "w.yaml:14:33: ncsc-caf:A2.b (Assurance) is A2.c Assurance in ncsc-caf-4 (renumbered): Assurance moved from A2.b to A2.c; A2.b is now Understanding threat.",
        ])
    }

    @Test func bundledCitationsWarnOncePerQuestionnaireAndOncePerMovedIdentifier() throws {
        let moved = Set(try #require(library.catalogues["ncsc-caf-4"]).crosswalk.compactMap(\.from))
        let references = library.questionnaires.flatMap { $0.questions.flatMap(\.references) }.filter { $0.framework == "ncsc-caf" }
        let citing = library.questionnaires.filter { $0.questions.contains { $0.references.contains { $0.framework == "ncsc-caf" } } }
        let warnings = LibraryValidator(library: library).warnings()
        #expect(warnings.count == citing.count + references.filter { moved.contains($0.id) }.count)
        #expect(LibraryValidator(library: library).validate() == [])
    }
}
