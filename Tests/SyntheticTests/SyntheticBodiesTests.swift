import Assessment
import Foundation
import Synthetic
import TestSupport
import Testing

/// The bundled library the generated bodies answer.
enum SyntheticFixtures {
    static let library: Library = try! Library.loadStrict(directory: Repository.questionnaires)
}

@Suite struct SyntheticBodiesTests {
    typealias F = SyntheticFixtures

    @Test func sameSeedGivesByteIdenticalFiles() throws {
        try withTemporaryDirectory { base in
            let a = try SyntheticBodies(library: F.library, seed: 7).write(count: 6, to: base + "/a", jobs: 2)
            let b = try SyntheticBodies(library: F.library, seed: 7).write(count: 6, to: base + "/b", durable: false, jobs: 1)
            #expect(a.map { ($0 as NSString).lastPathComponent } == b.map { ($0 as NSString).lastPathComponent })
            for (x, y) in zip(a, b) {
                #expect(FileManager.default.contents(atPath: x) == FileManager.default.contents(atPath: y))
            }
            let other = try SyntheticBodies(library: F.library, seed: 8).yaml(0)
            #expect(try String(contentsOfFile: a[0], encoding: .utf8) != other)
        }
    }

    @Test func bodiesAreValidAndVaried() throws {
        let generator = SyntheticBodies(library: F.library, seed: 2026)
        let bodies = (0..<12).map(generator.answers)
        #expect(Set(bodies.map(\.body.id)).count == 12)
        #expect(Set(bodies.map(\.body.name)).count == 12)
        #expect(Set(bodies.compactMap(\.body.type)).count >= 3)
        #expect(bodies.contains { $0.answers.contains { $0.choice == .notApplicable && $0.justification != nil } })
        #expect(bodies.contains { $0.answers.contains { !$0.evidence.isEmpty && $0.evidence.allSatisfy { $0.date != nil } } })
        #expect(bodies.contains { $0.answers.contains { $0.comment != nil } })
        let validator = AnswersValidator(library: F.library)
        for (i, body) in bodies.enumerated() {
            #expect(validator.validate(body, file: "body \(i)") == [])
        }
        // The YAML reads back as the same answers.
        let text = try generator.yaml(3)
        let source = SourceFile(path: "b3.yaml", bytes: Array(text.utf8))
        let decoded = try Scorer.decodeAnswers(source)
        #expect(decoded.body == bodies[3].body)
        #expect(decoded.answers.map(\.choice) == bodies[3].answers.map(\.choice))
        #expect(text.hasPrefix("# A fictional body made by `cyberassess generate --seed 2026` (body 4).\n"))
    }

    @Test func splitMix64MatchesTheReferenceSequence() {
        // First outputs for seed 1234567 from the reference C implementation.
        var g = SplitMix64(seed: 1_234_567)
        #expect([g.next(), g.next(), g.next()] == [6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423])
    }
}

@Suite struct ExampleBodiesTests {
    /// `questionnaires/examples/bodies/` is exactly what `cyberassess generate --count 60
    /// --seed 2026` writes; regenerate it with that command after changing the generator.
    @Test func committedBodiesAreTheGeneratorsOutput() throws {
        let folder = Repository.exampleBodies
        let generator = SyntheticBodies(library: SyntheticFixtures.library, seed: 2026)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == (0..<60).map(generator.fileName).sorted())
        for index in 0..<60 {
            let committed = try String(contentsOfFile: folder + "/" + generator.fileName(index), encoding: .utf8)
            #expect(committed == (try generator.yaml(index)), "\(generator.fileName(index)) differs; regenerate with: cyberassess generate --count 60 --seed 2026 --out questionnaires/examples/bodies")
        }
        let bodies = (0..<60).map(generator.answers)
        #expect(Set(bodies.compactMap(\.body.type)) == ["district", "county", "unitary", "metropolitan", "london-borough"])
        #expect(Set(bodies.compactMap(\.body.region)).count >= 8)
    }
}
