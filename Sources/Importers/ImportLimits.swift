import CyberYAML

extension LoaderLimits {
    /// The limits `cyberassess import` reads published framework files with. Published
    /// libraries run to several megabytes, so the file size limit is raised to 64 MiB; the
    /// nesting, node and alias limits stay as they are, so alias bombs are still refused.
    package static let importing = LoaderLimits(maxBytes: 64 << 20)
}
