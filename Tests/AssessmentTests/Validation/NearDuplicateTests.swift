import Foundation
import TestSupport
import Testing
@testable import Assessment

/// `validate` warns about one fact asked twice: the same references and similar text.
@Suite struct NearDuplicateTests {
    func warnings(_ questions: String) throws -> [String] {
        let (problems, warnings) = try LibraryFolder.check(["a.yaml": """
            id: a
            version: 1.0.0
            title: A
            topic: t
            scale: [{level: 0, name: Zero}, {level: 1, name: One}]
            target: 1
            domains:
              - id: D
                title: D
                questions:

            """ + questions])
        #expect(problems == [])
        return warnings
    }

    static let options = "answers: [{value: no, label: No, level: 0}, {value: yes, label: Yes, level: 1}]"

    // Words: {are, personal, data, breaches, reported, the, ico, within, hours} against
    // {personal, data, breaches, reported, the, ico, within, hours}: 8 of 9 shared, 88%.
    @Test func sameReferencesAndSimilarTextAreReportedWithBothPlaces() throws {
        #expect(try warnings("""
                  - {id: A-1, text: Are personal data breaches reported to the ICO within 72 hours?, references: {fw: [F.1, F.2]}, \(Self.options)}
                  - {id: A-2, text: Personal data breaches reported to the ICO within 72 hours, references: {fw: [F.2, F.1]}, \(Self.options)}

            """) == [
            "a.yaml:12:9: question A-2 looks like A-1 at a.yaml:11:9: the same references and 88% of their words in common; if they ask one fact, ask it once and reference it with same_as: A-1, else reword one to ask a different fact",
        ])
    }

    @Test func otherReferencesDifferentTextOrSameAsAreNotReported() throws {
        #expect(try warnings("""
                  - {id: A-1, text: Are personal data breaches reported to the ICO within 72 hours?, references: {fw: F.1}, \(Self.options)}
                  - {id: A-2, text: Are personal data breaches reported to the ICO within 72 hours?, references: {fw: F.2}, \(Self.options)}
                  - {id: A-3, text: Is the supplier register reviewed every year?, references: {fw: F.1}, \(Self.options)}
                  - {id: A-4, text: Personal data breaches reported to the ICO within 72 hours, same_as: A-1, references: {fw: F.1}}

            """) == [])
    }

    @Test func theThresholdIsHalfTheWords() {
        let words = LibraryValidator.words("Backups tested, restored and recorded: 2 times a year")
        #expect(words == ["backups", "tested", "restored", "and", "recorded", "times", "year"])
        #expect(LibraryValidator.similarity(["aaa", "bbb"], ["aaa", "ccc"]) < LibraryValidator.nearDuplicateThreshold)
        #expect(LibraryValidator.similarity(["aaa", "bbb", "ccc"], ["aaa", "bbb"]) >= LibraryValidator.nearDuplicateThreshold)
    }
}
