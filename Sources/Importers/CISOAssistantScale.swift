import CyberYAML

/// The answer scale of an imported CISO Assistant framework: from its score definitions when
/// it has them, from its score range when that is short, else the default compliance scale.
struct CISOAssistantScale {
    struct Level {
        var value: String
        var name: String
        var description: String?
    }

    /// Levels 0, 1, 2, ... in order; each option's value is the framework's own score.
    var levels: [Level]
    /// How the scale was chosen, for the provenance notes.
    var origin: String

    /// Used when a framework defines no scores: CISO Assistant's own compliance results.
    static let compliance = CISOAssistantScale(levels: [
        Level(value: "not-compliant", name: "Not compliant"),
        Level(value: "partially-compliant", name: "Partially compliant"),
        Level(value: "compliant", name: "Compliant"),
    ], origin: "the default compliance scale (not compliant 0, partially compliant 1, compliant 2), as the framework defines no scores")

    /// Reads `scores_definition`, `min_score` and `max_score` from the framework mapping.
    static func read(_ framework: Node.Mapping, reader: inout SourceReader) -> CISOAssistantScale {
        if let list = framework["scores_definition"]?.sequence, !list.items.isEmpty {
            var levels: [(score: Int, level: Level)] = []
            for item in list.items {
                guard let m = reader.mapping(item, "scores_definition entry", at: item.mark),
                      let scoreText = reader.text(m, "score", "scores_definition"),
                      let name = reader.text(m, "name", "scores_definition") else { continue }
                guard let score = Int(scoreText) else {
                    reader.error(m["score"]?.mark, "scores_definition.score: expected a whole number, found \"\(scoreText)\"")
                    continue
                }
                reader.ignoreOthers(in: m, known: ["score", "name", "description"], context: "scores_definition")
                levels.append((score, Level(value: String(score), name: name, description: reader.optionalText(m, "description", "scores_definition"))))
            }
            levels.sort { $0.score < $1.score }
            let scores = levels.map(\.score)
            if (2...maxLevels).contains(levels.count), isConsecutive(scores) {
                return CISOAssistantScale(levels: levels.map(\.level), origin: "the framework's score definitions (level = score − \(scores[0]))")
            }
            reader.note(list.mark, "scores_definition does not list 2 to \(maxLevels) consecutive whole-number scores; using the default compliance scale")
            return compliance
        }
        if let low = framework["min_score"]?.text.flatMap({ Int($0) }), let high = framework["max_score"]?.text.flatMap({ Int($0) }) {
            // The width is worked out without overflow: the scores come from the file.
            let (width, overflow) = high.subtractingReportingOverflow(low)
            if high > low, !overflow, width < maxLevels {
                return CISOAssistantScale(levels: (low...high).map { Level(value: String($0), name: "Score \($0)") },
                                          origin: "the framework's score range \(low)–\(high) (level = score − \(low))")
            }
            reader.note(framework["max_score"]?.mark, "score range \(low)–\(high) has no score definitions and is too wide for a maturity scale; using the default compliance scale")
        }
        return compliance
    }

    /// The most levels a maturity scale may have: a score range or definitions past it are not a
    /// scale people answer on, and are replaced by the compliance scale with a note.
    static let maxLevels = 11

    /// Whether `sorted` runs up by exactly one at each step, compared without overflow (the
    /// scores come from the file and may sit at the integer extremes).
    static func isConsecutive(_ sorted: [Int]) -> Bool {
        zip(sorted, sorted.dropFirst()).allSatisfy { low, high in
            let (step, overflow) = high.subtractingReportingOverflow(low)
            return !overflow && step == 1
        }
    }

    var top: Int { levels.count - 1 }

    /// `scale:` entries.
    var scaleNode: Node {
        .list(levels.enumerated().map { i, level in
            var m = MappingBuilder(flow: true)
            m.set("level", number: i)
            m.set("name", level.name)
            m.set("description", level.description)
            return m.node
        })
    }

    /// A question's `answers:`.
    var optionsNode: Node {
        .list(levels.enumerated().map { i, level in
            var m = MappingBuilder(flow: true)
            m.set("value", level.value)
            m.set("label", level.name)
            m.set("level", number: i)
            return m.node
        })
    }
}
