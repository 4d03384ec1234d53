import ArgumentParser
import Assessment
import Foundation
import Synthetic

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write answers files for fictional bodies of mixed types and regions, reproducibly from a seed.",
        discussion: "The same seed and library always give byte-identical files, named by body id. Exit 0 when written; 1 when a file cannot be written; 2 on usage errors.")

    @Option(parsing: .unconditional, help: "How many bodies.")
    var count = 60

    @Option(help: "Seed of the pseudo-random generator.")
    var seed: UInt64 = 1

    @Option(help: "Folder to write the answers files into (created if needed).")
    var out: String

    @Flag(help: "Replace answers files of the same names already in --out.")
    var force = false

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        try Bounds.checkCount(count, option: "--count")
    }

    func run() throws {
        let (library, libraryPath) = try library.loadWithPath()
        let bodies = SyntheticBodies(library: library, seed: seed)
        for index in 0..<count {
            try OutputFile(out + "/" + bodies.fileName(index), inputs: OutputFile.Input.library(libraryPath), force: force,
                           loses: "an answers file of that name would be replaced by a fictional body").check()
        }
        _ = try bodies.write(count: count, to: out)
        Terminal.error("wrote \(count) answers file\(count == 1 ? "" : "s") to \(out)/ (seed \(seed))")
    }
}
