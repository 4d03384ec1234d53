import Assessment
extension AnswersMerge.Merged {
    /// The merged answers file. A header comment says where it came from and lists every
    /// conflict; each unresolved conflict is also written as an empty entry with both values
    /// in a comment above it, ready for a person to fill in.
    package func yaml(order: [String] = []) throws(AssessmentError) -> String {
        var header = ["Merged by cyberassess merge from \(files.map(AnswersMerge.quoted).joined(separator: ", "))."]
        let open = unresolved
        if !open.isEmpty {
            header.append("")
            header.append("\(open.count) conflict\(open.count == 1 ? " is" : "s are") left for a person to settle; \(open.count == 1 ? "its question is" : "their questions are") left blank below:")
            for conflict in open { header += AnswersMerge.outline(conflict) }
        }
        let settled = conflicts.filter { $0.settledBy != nil }
        if !settled.isEmpty {
            header.append("")
            header.append("Settled by --prefer \(AnswersMerge.quoted(settled[0].settledBy ?? "")):")
            for conflict in settled { header += AnswersMerge.outline(conflict) }
        }
        if !differences.isEmpty {
            header.append("")
            header.append("Header fields that differed:")
            header += differences.map { "  " + AnswersMerge.describe($0) }
        }
        var comments: [String: String] = [:]
        for conflict in open {
            comments[conflict.questionID] = (["Conflict, left for a person to settle:"] + AnswersMerge.describe(conflict).dropFirst()).joined(separator: "\n")
        }
        return try document.yaml(order: order, header: header.joined(separator: "\n"), comments: comments, blanks: open.map(\.questionID))
    }
}

extension AnswersMerge {
    /// A conflict as an indented outline: the question, then each file's answer below it.
    /// The merged file's header and the terminal summary both list conflicts this way.
    package static func outline(_ conflict: Conflict, indent: String = "  ", title: String = "") -> [String] {
        let lines = describe(conflict)
        return [indent + title + lines[0]] + lines.dropFirst().map { indent + "  " + $0 }
    }

    /// A conflict as lines: the question, then one line per file.
    package static func describe(_ conflict: Conflict) -> [String] {
        var lines = ["\(conflict.questionID):" + (conflict.settledBy.map { " kept the answer in \(quoted($0))" } ?? "")]
        for side in conflict.sides {
            var parts = ["\(quoted(side.file)): \(describe(side.answer.choice))"]
            if let justification = side.answer.justification { parts.append("justification \(quoted(justification))") }
            if let comment = side.answer.comment { parts.append("comment \(quoted(comment))") }
            if let by = side.answer.answeredBy { parts.append("answered by \(quoted(by))") }
            if !side.answer.evidence.isEmpty { parts.append("evidence \(side.answer.evidence.map(describe).joined(separator: ", "))") }
            lines.append(parts.joined(separator: "; "))
        }
        return lines
    }

    /// Evidence with everything it records: `"Backup log" (IT share, 2026-03-01)`.
    package static func describe(_ evidence: Evidence) -> String {
        let details = [evidence.location.map(quoted), evidence.date?.description].compactMap { $0 }
        return quoted(evidence.title) + (details.isEmpty ? "" : " (\(details.joined(separator: ", ")))")
    }

    /// A header field that differed between the files, with each file's value and the one kept.
    package static func describe(_ difference: Difference) -> String {
        "\(difference.field): " + difference.values.map { "\(quoted($0.file)) \(quoted($0.value))" }.joined(separator: ", ") + "; kept \(quoted(difference.kept))"
    }

    package static func describe(_ choice: Choice) -> String {
        switch choice {
        case .option(let value): quoted(value)
        case .notApplicable: Choice.notApplicableToken
        case .indicators(let ids): "agreed [\(ids.map(quoted).joined(separator: ", "))]"
        case .unanswered: "no answer"
        }
    }

    /// Text as it can go into a comment or a terminal line: plain when it is a simple word,
    /// else in double quotes with line breaks and control characters escaped.
    package static func quoted(_ text: String) -> String {
        let plain = !text.isEmpty && text.unicodeScalars.allSatisfy { s in
            (s.value > 0x20 && s.value < 0x7F && !"\"\\#;,[]{}".unicodeScalars.contains(s)) || s.value > 0x9F
        }
        if plain { return text }
        var out = "\""
        for s in text.unicodeScalars {
            switch s.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x09: out += "\\t"
            case 0x00...0x1F, 0x7F...0x9F: out += "\\u{\(String(s.value, radix: 16))}"
            default: out.unicodeScalars.append(s)
            }
        }
        return out + "\""
    }
}
