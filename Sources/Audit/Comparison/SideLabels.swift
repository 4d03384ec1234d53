import Assessment
/// What the two sides of a comparison are called. Given by `compare --before-label` and
/// `--after-label`; otherwise taken from the files where they say (an answers file with a
/// `review:` header is the auditor's), else "Before" and "After".
package struct SideLabels: Sendable, Equatable {
    /// The old (earlier, or reference) side's name.
    package var old: String
    /// The new (later, or compared) side's name.
    package var new: String

    /// The names when nothing says otherwise.
    package static let defaultOld = "Before"
    /// The names when nothing says otherwise.
    package static let defaultNew = "After"
    /// A side that is an independent assurance review.
    package static let review = "Assurance review"
    /// The other side when one side is an assurance review.
    package static let selfAssessment = "Self-assessment"

    /// Labels as given.
    package init(old: String = SideLabels.defaultOld, new: String = SideLabels.defaultNew) {
        self.old = old
        self.new = new
    }

    /// The labels the files suggest: when exactly one side is an assurance review (its
    /// answers file has a `review:` header), that side is the "Assurance review" and the other
    /// the "Self-assessment"; otherwise "Before" and "After". `old` and `new`, when given
    /// (e.g. by `--before-label`), win over what the files say.
    package init(old: String?, new: String?, oldReview: ReviewHeader?, newReview: ReviewHeader?) {
        var labels = SideLabels()
        switch (oldReview, newReview) {
        case (nil, .some): labels = SideLabels(old: Self.selfAssessment, new: Self.review)
        case (.some, nil): labels = SideLabels(old: Self.review, new: Self.selfAssessment)
        default: break
        }
        self.init(old: old ?? labels.old, new: new ?? labels.new)
    }
}

extension Comparison {
    /// A warning that the two sides are reports of different bodies, naming both; nil when
    /// both have the same body id.
    package var bodyWarning: String? {
        guard differentBodies else { return nil }
        return "different bodies: \(old.label) is \(old.body.name) (\(old.body.id)) and \(new.label) is \(new.body.name) (\(new.body.id)); the figures show two bodies side by side, not one body's change"
    }
}
