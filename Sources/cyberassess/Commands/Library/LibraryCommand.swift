import ArgumentParser
import Assessment
import Platform
import BundledLibrary
import Foundation

/// `library`: which questionnaire library commands use, and a copy of the bundled one to edit.
struct LibraryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "library",
        abstract: "Show which questionnaire library is used, or write the bundled one out to edit.",
        discussion: "A folder given with --questionnaires or $CYBERASSESS_QUESTIONNAIRES, or a questionnaires/ folder found beside the executable or above it or above the working directory, wins; when none is found, the library compiled into cyberassess is used.",
        subcommands: [LibraryWhere.self, LibraryExport.self],
        defaultSubcommand: LibraryWhere.self)
}

/// `library where`: the library's location and what it holds.
struct LibraryWhere: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "where",
        abstract: "Print which library would be used, and its questionnaires and frameworks.")

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let (loaded, location) = try library.loadLocated()
        var lines: [String]
        switch location {
        case .folder(let path, let named): lines = ["\(path) (given by \(named))"]
        case .bundled: lines = ["\(location.name); no library folder was given or found, and 'cyberassess library export DIR' writes this one out to edit"]
        }
        for questionnaire in loaded.questionnaires {
            lines.append("  questionnaire \(questionnaire.id) \(questionnaire.version)  \(loaded.sources[questionnaire.id]?.path ?? "")")
        }
        for catalogue in loaded.catalogues.values.sorted(by: { $0.framework < $1.framework }) {
            lines.append("  framework \(catalogue.framework)" + (catalogue.version.map { " \($0)" } ?? ""))
        }
        // Paths and ids come from the library's files and the environment: the printer escapes them.
        for line in lines { Terminal.print(line) }
    }
}

/// `library export DIR`: the bundled library written out as files.
struct LibraryExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the bundled questionnaire library into a folder, to edit and use with --questionnaires.",
        discussion: "Writes the questionnaires, frameworks/ and examples/demo-council.yaml. Files already there are refused, every one named, before anything is written, unless --force; nothing is written outside the folder.")

    @Argument(help: ArgumentHelp("Folder to write into (created when missing).", valueName: "dir"))
    var folder: String

    @Flag(help: "Replace files of the same name already in the folder.")
    var force = false

    func run() throws {
        let written = try BundledLibraryExport(folder: folder).write(BundledLibrary.files, force: force)
        for path in written { Terminal.error("wrote \(path)") }
        Terminal.error("use it with --questionnaires \(folder) or CYBERASSESS_QUESTIONNAIRES=\(folder)")
    }
}

/// Writes bundled files into one folder, each atomically, never outside it and never over a
/// file unless asked.
struct BundledLibraryExport {
    let folder: String

    /// Writes `files` under `folder` and returns the paths written. Every check is made for
    /// every file before the first is written, so a refusal leaves the folder as it was.
    func write(_ files: [BundledLibrary.File], force: Bool) throws -> [String] {
        var problems: [Problem] = []
        for file in files {
            let parts = file.path.split(separator: "/", omittingEmptySubsequences: false)
            if file.path.hasPrefix("/") || parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
                problems.append(Problem(file: file.path, mark: nil, message: "is not a plain relative path; refusing to write it"))
            }
        }
        guard problems.isEmpty else { throw CommandFailure(problems: problems) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath().standardizedFileURL.pathComponents
        for file in files {
            let target = folder + "/" + file.path
            // The deepest existing folder on the way must lie inside `folder`, so a link such
            // as frameworks -> /elsewhere cannot lead a write out of it.
            var parent = URL(fileURLWithPath: target).deletingLastPathComponent()
            while !FileManager.default.fileExists(atPath: parent.path) { parent.deleteLastPathComponent() }
            if !parent.resolvingSymlinksInPath().standardizedFileURL.pathComponents.starts(with: root) {
                problems.append(Problem(file: target, mark: nil, message: "lies outside \(folder) through a symbolic link; refusing to write it"))
            } else if !force, (try? FileManager.default.attributesOfItem(atPath: target)) != nil {
                problems.append(Problem(file: target, mark: nil, message: "already exists; pass --force to replace it (an edited library file would be lost)"))
            }
        }
        guard problems.isEmpty else { throw CommandFailure(problems: problems) }
        var written: [String] = []
        for file in files {
            let target = folder + "/" + file.path
            try AtomicFile.write(file.text, to: target)
            written.append(target)
        }
        return written
    }
}
