import Assessment
import Platform

/// Writes one report in several formats beside each other, atomically.
package enum ReportFiles {
    /// Renders `report` in each of `formats` to `folder/baseName.<suffix>` and returns the paths.
    package static func write(_ report: Report, formats: [ReportFormat], folder: String, baseName: String, options: RenderOptions = RenderOptions()) throws(ReportError) -> [String] {
        var paths: [String] = []
        for format in formats {
            let path = folder + "/" + baseName + format.fileSuffix
            let bytes = try ReportRenderer.render(report, as: format, options: options)
            do {
                try AtomicFile.write(bytes, to: path)
            } catch {
                throw .output(AssessmentError(error))
            }
            paths.append(path)
        }
        return paths
    }
}
