/// Choices that change how answers are scored.
public struct ScoringOptions: Sendable {
    /// A named target profile defined by the questionnaires (e.g. `baseline`).
    public var profileName: String?
    /// Targets from a profile file; they take precedence over the named profile.
    public var targets: TargetProfile?
    /// SHA-256 of the targets file, recorded in the provenance.
    public var targetsSHA256: String?
    /// Evidence older than this many months before the assessment date is stale (default 12).
    public var staleAfterMonths: Int
    /// Weight of each topic in the overall score by questionnaire id (default 1 each).
    public var topicWeights: [String: Double]
    /// A timestamp to put in the provenance; left out by default so reports are reproducible.
    public var generatedAt: String?
    /// The name of the questionnaire library to put in the provenance (`Provenance.library`);
    /// outside the digest, so it changes no score and no digest.
    public var library: String?
    /// The order of the topics by questionnaire id; nil (the default) for the library's order.
    /// Verification passes an older report's own order, which followed its answers file.
    public var topicOrder: [String]?

    public init(profileName: String? = nil, targets: TargetProfile? = nil, targetsSHA256: String? = nil, staleAfterMonths: Int = 12, topicWeights: [String: Double] = [:], generatedAt: String? = nil) {
        self.profileName = profileName
        self.targets = targets
        self.targetsSHA256 = targetsSHA256
        self.staleAfterMonths = staleAfterMonths
        self.topicWeights = topicWeights
        self.generatedAt = generatedAt
    }
}

/// The version written into every report's provenance.
public let toolVersion = "0.1.0"
