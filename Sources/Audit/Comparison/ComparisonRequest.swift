import Assessment
/// What `compare` is asked to do: two reports or answers files, and when the result counts as
/// a failure.
package struct ComparisonRequest: Sendable {
    /// The earlier (or reference) report or answers file.
    package var old: String
    /// The later (or compared) report or answers file.
    package var new: String
    /// Settings for scoring answers files.
    package var options: ScoringOptions
    /// The share of common questions below which the comparison is weak.
    package var weakBelow: Double
    /// Fail when any regression is found.
    package var failOnRegression: Bool
    /// Fail when a like-for-like domain score drops by more than this.
    package var threshold: Double?
    /// What to call the old side instead of what the files suggest.
    package var oldLabel: String?
    /// What to call the new side instead of what the files suggest.
    package var newLabel: String?

    package init(old: String, new: String, options: ScoringOptions = ScoringOptions(), weakBelow: Double = Comparison.defaultWeakBelow, failOnRegression: Bool = false, threshold: Double? = nil, oldLabel: String? = nil, newLabel: String? = nil) {
        self.oldLabel = oldLabel
        self.newLabel = newLabel
        self.old = old
        self.new = new
        self.options = options
        self.weakBelow = weakBelow
        self.failOnRegression = failOnRegression
        self.threshold = threshold
    }
}

extension Comparison {
    /// Reads (or scores) both sides of `request` and compares them. The library is asked for
    /// only when a side is an answers file.
    package static func make(_ request: ComparisonRequest, library: () throws(AssessmentError) -> Library) throws(AssessmentError) -> Comparison {
        var loaded: Library?
        let once = { () throws(AssessmentError) -> Library in
            if let loaded { return loaded }
            let fresh = try library()
            loaded = fresh
            return fresh
        }
        let old = try Report.readSide(request.old, scoringWith: once, options: request.options)
        let new = try Report.readSide(request.new, scoringWith: once, options: request.options)
        let labels = SideLabels(old: request.oldLabel, new: request.newLabel, oldReview: old.review, newReview: new.review)
        return Comparison(old: old.report, new: new.report, oldSource: request.old, newSource: request.new, weakBelow: request.weakBelow, labels: labels)
    }

    /// A warning that the two sides share too few questions to compare like for like.
    package var weaknessWarning: String? {
        let k = comparability
        guard k.weak else { return nil }
        return "weak comparison: only \(k.common) of \(k.common + k.onlyOld + k.onlyNew) questions are in both reports (\(DecimalText.percent(share: k.share)), below \(DecimalText.percent(share: k.threshold))); scores may not compare like for like"
    }

    /// Why the comparison fails `request`'s policy (regressions, drops beyond the threshold);
    /// empty when it passes.
    package func failures(under request: ComparisonRequest) -> [String] {
        var failures: [String] = []
        if request.failOnRegression, !regressions.isEmpty {
            failures.append("\(regressions.count) regression\(regressions.count == 1 ? "" : "s") (--fail-on regression):\n"
                + regressions.map { "  " + $0.description }.joined(separator: "\n"))
        }
        if let threshold = request.threshold {
            let drops = domainDrops(exceeding: threshold)
            if !drops.isEmpty {
                failures.append("domain score drop\(drops.count == 1 ? "" : "s") of more than \(DecimalText.short(threshold)) (--threshold):\n"
                    + drops.map { "  \($0.domain.id) (\($0.domain.title)): domain score \(Self.score($0.domain.change.oldScore)) → \(Self.score($0.domain.change.newScore))" }.joined(separator: "\n"))
            }
        }
        return failures
    }

    private static func score(_ value: Double?) -> String { value.map(DecimalText.twoPlaces) ?? "—" }
}
