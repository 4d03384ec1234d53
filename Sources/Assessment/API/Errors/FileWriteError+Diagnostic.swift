import Platform

extension AssessmentError {
    /// A file the platform layer could not write, as the domain's `unwritable` failure (same
    /// path, same reason, so the same "cannot write: ..." line).
    package init(_ failure: FileWriteError) {
        self = .unwritable(path: failure.path, reason: failure.reason)
    }
}

/// A write failure that reaches the command line unmapped is listed exactly as the domain's
/// `unwritable` failure would be.
extension FileWriteError: DiagnosticError {
    public var problems: [Problem] { AssessmentError(self).problems }
    public var description: String { AssessmentError(self).description }
}
