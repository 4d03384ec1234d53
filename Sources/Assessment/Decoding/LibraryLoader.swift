import CyberYAML
import Foundation

extension Library {
    /// Loads every questionnaire (`*.yaml`, `*.yml` in `directory`) and catalogue (in
    /// `directory/frameworks/`). Sub-folders such as `examples/` are not part of the library.
    /// Files that fail to load are returned as problems; the rest still load.
    public static func load(directory: String, limits: LoaderLimits = .default) -> (library: Library, problems: [Problem]) {
        var library = Library()
        var problems: [Problem] = []
        let files = yamlFiles(in: directory) + yamlFiles(in: (directory as NSString).appendingPathComponent("frameworks"))
        for path in files {
            do {
                let source = try SourceFile.read(path, limits: limits)
                let node = try source.parse(limits: limits)
                switch FileKind.detect(node) {
                case .questionnaire:
                    library.add(try source.decode(Questionnaire.self, from: node), path: path, sha256: source.sha256)
                case .catalogue:
                    library.add(try source.decode(FrameworkCatalogue.self, from: node))
                case .answers, nil:
                    problems.append(Problem(file: path, mark: node.mark, message: "expected a questionnaire or a framework catalogue in the library folder, found another kind of file; move it out of the folder"))
                }
            } catch {
                problems.append(contentsOf: error.problems)
            }
        }
        return (library, problems)
    }

    /// Loads a library and fails on the first unloadable file, for commands that need a clean library.
    public static func loadStrict(directory: String, limits: LoaderLimits = .default) throws(AssessmentError) -> Library {
        let (library, problems) = load(directory: directory, limits: limits)
        guard problems.isEmpty else { throw .invalid(problems) }
        return library
    }

    /// The `.yaml` and `.yml` files directly inside `directory`, sorted by name.
    public static func yamlFiles(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map {
            (directory as NSString).appendingPathComponent($0)
        }
    }
}
