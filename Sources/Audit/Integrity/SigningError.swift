import Assessment
/// Failures of key handling, signing and signature checks, each naming the files involved.
package enum SigningError: DiagnosticError, Sendable, Equatable {
    /// A key, signature or report file could not be read.
    case unreadable(path: String, reason: String)
    /// A key file is not in the expected form; `line` is 1-based.
    case malformedKey(path: String, line: Int, expected: String, found: String)
    /// A signature file is not in the expected form; `line` is 1-based.
    case malformedSignature(path: String, line: Int, expected: String, found: String)
    /// There is no signature file.
    case missingSignature(path: String, report: String)
    /// The signature was made with a different key than the public key given.
    case wrongKey(signature: String, signedBy: String, publicKey: String, keyFingerprint: String)
    /// The file's bytes differ from those signed.
    case fileChanged(report: String, signature: String, signedSHA256: String, actualSHA256: String)
    /// The signature does not verify although the file's hash matches: the signature file
    /// was altered.
    case badSignature(report: String, signature: String)
    /// The signing library failed.
    case signingFailed(reason: String)
    /// A key or signature file could not be written.
    case write(AssessmentError)

    package var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "\(path): \(reason)"
        case .malformedKey(let path, let line, let expected, let found):
            "\(path):\(line): expected \(expected), found \(found); key files are written by 'cyberassess keygen'"
        case .malformedSignature(let path, let line, let expected, let found):
            "\(path):\(line): expected \(expected), found \(found); signature files are written by 'cyberassess sign'"
        case .missingSignature(let path, let report):
            "\(path): no signature file for \(report); sign it with 'cyberassess sign \(report) --key PRIVATE', or pass --signature FILE"
        case .wrongKey(let signature, let signedBy, let publicKey, let keyFingerprint):
            "\(signature): wrong key: signed with key \(signedBy), but \(publicKey) is key \(keyFingerprint); use the public key of whoever signed the report"
        case .fileChanged(let report, let signature, let signedSHA256, let actualSHA256):
            "\(report): changed since it was signed: \(signature) covers SHA-256 \(signedSHA256), the file now has \(actualSHA256); do not trust this report"
        case .badSignature(let report, let signature):
            "\(signature): bad signature: it does not verify for \(report) with the given key; the signature file was altered"
        case .signingFailed(let reason):
            "could not sign: \(reason)"
        case .write(let error):
            error.description
        }
    }
}

extension SigningError {
    /// The message as one problem; its text already names the file and line.
    package var problems: [Problem] {
        if case .write(let error) = self { return error.problems }
        return [Problem(file: "", mark: nil, message: description)]
    }
}
