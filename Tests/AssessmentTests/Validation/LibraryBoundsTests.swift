import Foundation
import TestSupport
import Testing
@testable import Assessment
import Audit

/// Numbers in a library stay within the documented ranges, so that no weight, level or band
/// can make a score infinite, NaN or too large to count.
@Suite struct LibraryBoundsTests {
    let validation = ValidationTests()

    static func questionnaire(scale: Int = 2, scoring: String = "graded", extra: String = "", domainWeight: String = "1", questionWeight: String = "1", levels: (Int, Int) = (0, 2)) -> String {
        let levelsText = (0...scale).map { "{level: \($0), name: L\($0)}" }.joined(separator: ", ")
        return """
            id: q
            version: 1.0.0
            title: Q
            topic: resilience
            scoring: \(scoring)
            scale: [\(levelsText)]
            target: 1
            \(extra)
            domains:
              - id: D
                title: D
                weight: \(domainWeight)
                questions:
                  - id: Q-1
                    text: One
                    weight: \(questionWeight)
                    answers: [{value: no, label: No, level: \(levels.0)}, {value: yes, label: Yes, level: \(levels.1)}]
            """
    }

    @Test func hugeAndTinyWeightsAreRefused() throws {
        let problems = try validation.validate(["q.yaml": Self.questionnaire(domainWeight: "1.7e308", questionWeight: "0.0000001")])
        #expect(problems == [
            "q.yaml:10:5: domains[D].weight: expected a number from 0.001 to 1000, found 1.7e+308",
            "q.yaml:14:9: question Q-1: weight: expected a number from 0.001 to 1000, found 1e-07",
        ])
    }

    @Test func zeroAndNegativeWeightsAreRefused() throws {
        let problems = try validation.validate(["q.yaml": Self.questionnaire(domainWeight: "0", questionWeight: "-2")])
        #expect(problems == [
            "q.yaml:10:5: domains[D].weight: expected a number from 0.001 to 1000, found 0.0",
            "q.yaml:14:9: question Q-1: weight: expected a number from 0.001 to 1000, found -2.0",
        ])
    }

    @Test func negativeLevelsAreRefused() throws {
        let problems = try validation.validate(["q.yaml": Self.questionnaire(levels: (-1, 2))])
        #expect(problems == ["q.yaml:14:9: question Q-1: option 'no' has level -1, which is not on the scale 0..2"])
    }

    @Test func scalesAreOneToTenLevelsHigh() throws {
        #expect(try validation.validate(["q.yaml": Self.questionnaire(scale: 11)]) == [
            "q.yaml:1:1: scale: expected levels 0 up to at most 10, found 0..11",
        ])
        #expect(try validation.validate(["q.yaml": Self.questionnaire(scale: 10)]) == [])
    }

    @Test func outcomeLevelsAreOnTheScaleAndInOrder() throws {
        func outcome(_ levels: String) -> String {
            """
            id: o
            version: 1.0.0
            title: O
            topic: ecosystem
            scoring: outcome
            scale: [{level: 0, name: Zero}, {level: 1, name: One}, {level: 2, name: Two}]
            target: 1
            outcome_levels: \(levels)
            domains:
              - id: D
                title: D
                questions:
                  - id: O-1
                    text: One
                    indicators: {achieved: [{id: A1, text: Done.}]}
            """
        }
        let off = outcome("{not-achieved: -1, partially-achieved: 99, achieved: 2}")
        #expect(try validation.validate(["q.yaml": outcome("{not-achieved: 0, partially-achieved: 1, achieved: 2}")]) == [])
        #expect(try validation.validate(["q.yaml": off]) == [
            "q.yaml:1:1: outcome_levels: not-achieved is -1, which is not on the scale 0..2",
            "q.yaml:1:1: outcome_levels: partially-achieved is 99, which is not on the scale 0..2",
        ])
        let disordered = outcome("{not-achieved: 0, partially-achieved: 2, achieved: 1}")
        #expect(try validation.validate(["q.yaml": disordered]) == [
            "q.yaml:1:1: outcome_levels: expected not-achieved ≤ partially-achieved ≤ achieved, found 0, 2, 1",
        ])
    }

    @Test func bandsStayOnTheScale() throws {
        let text = Self.questionnaire(extra: "bands: [{name: Low, from: -1e300, to: 1}, {name: High, from: 1.5, to: 1e300}]")
        #expect(try validation.validate(["q.yaml": text]) == [
            "q.yaml:1:1: bands: 'High' runs from 1.5 to 1e+300, outside the scale 0..2",
            "q.yaml:1:1: bands: 'Low' runs from -1e+300 to 1.0, outside the scale 0..2",
        ])
    }

    @Test func loadStrictRefusesALibraryThatValidateRejects() throws {
        let dir = NSTemporaryDirectory() + "bounds-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir + "/frameworks", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.questionnaire(levels: (0, 99)).write(toFile: dir + "/q.yaml", atomically: true, encoding: .utf8)
        #expect(throws: AssessmentError.invalid([
            Problem(file: dir + "/q.yaml", mark: .init(line: 14, column: 9), message: "question Q-1: option 'yes' has level 99, which is not on the scale 0..2"),
        ])) {
            try Library.loadStrict(directory: dir)
        }
    }

    @Test func theDistributionNeverTrapsOnImpossibleScores() throws {
        var distribution = ScoreDistribution([1, 2])
        distribution.add(.infinity)
        distribution.add(.nan)
        distribution.add(1.7e308)
        #expect(distribution.count == 2)
        #expect(distribution.percentileRank(of: 1.7e308) == nil)
        #expect(distribution.percentileRank(of: -.infinity) == nil)
        let hostile = Data("[[1e300, 1]]".utf8)
        #expect(throws: (any Error).self) { try JSONDecoder().decode(ScoreDistribution.self, from: hostile) }
    }
}

extension LibraryBoundsTests {
    @Test func aDistributionWithCountsThatWouldOverflowIsRefused() throws {
        let hostile = Data("[[5, 9223372036854775807]]".utf8)
        #expect(throws: (any Error).self) { try JSONDecoder().decode(ScoreDistribution.self, from: hostile) }
    }
}

extension LibraryBoundsTests {
    @Test func blankRequiredTextIsRefused() throws {
        let text = Self.questionnaire().replacingOccurrences(of: "text: One", with: "text: \"\\n \"")
            .replacingOccurrences(of: "label: Yes", with: "label: \" \"")
        #expect(try validation.validate(["q.yaml": text]) == [
            "q.yaml:14:9: question Q-1: option 'yes' needs a value and a label that are not blank",
            "q.yaml:14:9: question Q-1: text is blank; write the question to be answered",
        ])
    }
}
