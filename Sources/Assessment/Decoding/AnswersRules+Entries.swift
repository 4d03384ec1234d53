import CyberYAML

/// The rules one entry under `answers:` must meet, written once for the validator (which
/// words a problem for each), the stream reader, and the compiled scorer's two readers (which
/// give up on the first problem and leave the file to the validator). Each works on plain
/// values every reader has: whether the question allows `na`, is an outcome, has the option
/// or indicator named, and whether a text says something.
extension AnswersRules {
    /// What makes one answer unacceptable to its question.
    package enum EntryProblem: Equatable, Sendable {
        /// `na` where the question does not allow it.
        case notApplicableNotAllowed
        /// `na` with no justification, or one that is blank.
        case notApplicableUnjustified
        /// An option answer to an outcome question, which is answered with `agreed`.
        case optionForOutcome
        /// A value that is not one of the question's options.
        case unknownOption
        /// `agreed` on a question answered by choosing an option.
        case indicatorsForOption
        /// An indicator id the outcome does not have.
        case unknownIndicator
        /// An indicator id listed twice.
        case repeatedIndicator
        /// Evidence whose title is blank.
        case untitledEvidence
        /// Evidence dated after the assessment.
        case evidenceAfterAssessment
    }

    /// `na` is accepted where the question allows it and a justification says why.
    package static func notApplicableProblem(allowed: Bool, justified: Bool) -> EntryProblem? {
        if !allowed { return .notApplicableNotAllowed }
        return justified ? nil : .notApplicableUnjustified
    }

    /// Whether a justification (or any written note) says something: given and not blank.
    package static func saysSomething(_ text: String?) -> Bool {
        text.map { !isBlank($0) } ?? false
    }

    /// An option value is accepted on a question answered by options that has it (`found`).
    package static func optionProblem(isOutcome: Bool, found: Bool) -> EntryProblem? {
        if isOutcome { return .optionForOutcome }
        return found ? nil : .unknownOption
    }

    /// `agreed` is accepted on outcome questions only.
    package static func indicatorsProblem(isOutcome: Bool) -> EntryProblem? {
        isOutcome ? nil : .indicatorsForOption
    }

    /// Evidence needs a title that says something.
    package static func evidenceTitleProblem(titleIsBlank: Bool) -> EntryProblem? {
        titleIsBlank ? .untitledEvidence : nil
    }

    /// Evidence may not be dated after the assessment. Readers that meet evidence before the
    /// assessment date ask this once, of the latest evidence date.
    package static func evidenceDateProblem(_ date: Day?, assessed: Day) -> EntryProblem? {
        guard let date, assessed < date else { return nil }
        return .evidenceAfterAssessment
    }

    /// What an entry stands for when it names no choice of its own: with notes (a comment,
    /// justification, who answered, evidence) it is kept as unanswered, so its evidence is
    /// checked and its comment reaches the report; empty, it is a blank question and dropped.
    package static func entryChoice<Choice>(_ choice: Choice?, hasNotes: Bool, notesOnly: @autoclosure () -> Choice) -> Choice? {
        choice ?? (hasNotes ? notesOnly() : nil)
    }

    /// `isBlank` on UTF-8 bytes, without a `String` unless the text is not ASCII.
    package static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes {
            if byte >= 0x80 { return isBlank(String(decoding: bytes, as: UTF8.self)) }
            if byte != 0x20, !(0x09...0x0D).contains(byte) { return false }
        }
        return true
    }
}

/// The indicators an answer agrees with, as bits of the outcome's indicators (at most 64),
/// each accepted once and only when the outcome has it: the indicator rule of
/// `AnswersRules` for readers that number indicators.
package struct AgreedIndicators {
    package private(set) var bits: UInt64 = 0

    package init() {}

    /// Agrees with the indicator at `index` among the outcome's (nil when it has no such
    /// indicator); the problem when it is unknown or already agreed.
    package mutating func agree(_ index: Int?) -> AnswersRules.EntryProblem? {
        guard let index else { return .unknownIndicator }
        let bit = UInt64(1) << UInt64(index)
        guard bits & bit == 0 else { return .repeatedIndicator }
        bits |= bit
        return nil
    }
}
