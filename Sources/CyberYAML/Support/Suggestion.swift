/// "Did you mean" suggestions for a misspelt key or id: the one helper every message uses.
///
/// The search is bounded so that reporting unknown names stays linear in the input: with more
/// than `maxCandidates` candidates, or a word longer than `maxWordLength`, no suggestion is
/// made, and candidates whose length alone rules them out are not compared.
package enum Suggestion {
    /// Above this many candidates no suggestion is searched for.
    package static let maxCandidates = 4_096
    /// Words longer than this (in characters) get no suggestion.
    package static let maxWordLength = 128

    /// The candidate closest to `word` by edit distance (ignoring case), if it is close enough
    /// to be a likely typo; ties go to the candidate that sorts first.
    package static func closest<C: Collection<String>>(to word: String, in candidates: C) -> String? {
        guard candidates.count <= maxCandidates, word.count <= maxWordLength else { return nil }
        let target = Array(word.lowercased())
        let allowed = max(2, target.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let other = Array(candidate.lowercased())
            // The distance is at least the difference in length.
            guard abs(other.count - target.count) <= min(allowed, best?.distance ?? .max) else { continue }
            let distance = editDistance(target, other)
            guard distance <= allowed else { continue }
            if let current = best, distance > current.distance || (distance == current.distance && candidate >= current.candidate) {
                continue
            }
            best = (candidate, distance)
        }
        return best?.candidate
    }

    /// The " (did you mean 'x'?)" tail for a message about `word`, or "" when nothing is close.
    package static func hint<C: Collection<String>>(for word: String, in candidates: C) -> String {
        hint(closest(to: word, in: candidates))
    }

    /// The " (did you mean 'x'?)" tail for a suggestion already found, or "" for none.
    package static func hint(_ suggestion: String?) -> String {
        suggestion.map { " (did you mean '\($0)'?)" } ?? ""
    }
}

/// Levenshtein distance between two character arrays.
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
