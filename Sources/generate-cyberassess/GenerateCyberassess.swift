import Foundation

/// `swift run generate-cyberassess [ROOT]`: rewrites the package's `*+Generated.swift` files
/// from the files they carry (see `Generator`). ROOT defaults to the package this source is in.
@main
enum GenerateCyberassess {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        let root = arguments.first.map { URL(fileURLWithPath: $0) } ?? packageRoot
        do {
            let written = try Generator(root: root).write()
            let report = written.isEmpty ? "every generated file is current\n" : written.map { "wrote \($0)\n" }.joined()
            FileHandle.standardError.write(Data(report.utf8))
        } catch {
            FileHandle.standardError.write(Data("generate-cyberassess: \(error)\n".utf8))
            exit(1)
        }
    }

    /// The package root: the folder that holds `Sources/`, two above this file's folder.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
