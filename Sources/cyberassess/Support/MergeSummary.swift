import Assessment
import Authoring

extension AnswersMerge.Merged {
    /// What happened, as lines for the terminal.
    var summary: [String] {
        var lines: [String] = []
        let answered = document.file.answers.count
        lines.append("\(answered) answer\(answered == 1 ? "" : "s") merged: \(single.count) from one file only, \(agreed.count) agreeing, \(conflicts.count - unresolved.count) settled by --prefer; \(unresolved.count) unresolved conflict\(unresolved.count == 1 ? "" : "s")")
        if !document.notes.isEmpty { lines.append("\(document.notes.count) note\(document.notes.count == 1 ? "" : "s") on unanswered questions kept") }
        for conflict in conflicts {
            lines += AnswersMerge.outline(conflict, indent: "", title: conflict.settledBy == nil ? "conflict " : "settled ")
        }
        lines += differences.map { "differs: " + AnswersMerge.describe($0) }
        return lines
    }
}
