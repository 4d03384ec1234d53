/// Where a score stands against its target; drives colours and ✓/✗ marks.
enum Standing: Sendable, Equatable {
    /// The target is met.
    case met
    /// Below the target by less than `nearMargin`.
    case near
    /// Further below the target.
    case below
    /// No score to compare.
    case unscored

    /// How far below the target still counts as near.
    static let nearMargin = 0.5

    init(score: Double?, target: Double, met: Bool) {
        guard let score else {
            self = .unscored
            return
        }
        if met {
            self = .met
        } else {
            self = target - score < Standing.nearMargin ? .near : .below
        }
    }

    /// A CSS class name for HTML.
    var cssClass: String {
        switch self {
        case .met: "met"
        case .near: "near"
        case .below: "below"
        case .unscored: "unscored"
        }
    }

    /// "✓", "✗" or "—".
    var mark: String {
        switch self {
        case .met: "✓"
        case .near, .below: "✗"
        case .unscored: Format.none
        }
    }
}
