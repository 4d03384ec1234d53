import Assessment
import Batch
import Synthetic
import TestSupport

/// The bundled library and seeded bodies drawn from it: what the properties are checked on.
enum PropertyFixtures {
    static let library: Library = try! Library.loadStrict(directory: Repository.questionnaires)
    static let scorer = Scorer(library: library)

    /// Seeds for bodies: small numbers shrink to small seeds.
    static let seeds = 0...1_000_000

    /// A synthetic body's answers; the seed picks both the generator seed and the body.
    static func answers(_ seed: Int) -> AnswersFile {
        SyntheticBodies(library: library, seed: UInt64(seed / 7)).answers(seed % 7)
    }
}
