import CyberYAML
import Foundation
import TestSupport
import Testing
@testable import Assessment

/// The library's files are read on several threads and taken in file order: the outcome must
/// be what reading them one by one gives, file for file.
@Suite struct LibraryReadingTests {
    @Test func readingOnManyThreadsGivesWhatOneThreadGives() throws {
        try withTemporaryDirectory { folder in
            // The bundled library, a broken questionnaire, an answers file and a file that is
            // not YAML, so every kind of outcome is in the list.
            var paths = YAMLFiles.list(in: Repository.questionnaires) + YAMLFiles.list(in: Repository.questionnaires + "/frameworks")
            try "id: broken\ntitle: Broken\nversion: 1.0.0\ndomains: [\n".write(toFile: folder + "/broken.yaml", atomically: true, encoding: .utf8)
            try "{not: [yaml".write(toFile: folder + "/junk.yaml", atomically: true, encoding: .utf8)
            paths += [folder + "/broken.yaml", Repository.demoAnswers, folder + "/junk.yaml", folder + "/missing.yaml"]
            for collecting in [false, true] {
                let one = LibraryReading.readAll(paths.map(LibraryInput.path), limits: .default, collecting: collecting, threads: 1)
                let many = LibraryReading.readAll(paths.map(LibraryInput.path), limits: .default, collecting: collecting, threads: 4)
                #expect(one.count == paths.count)
                #expect(one.map(Outcome.init) == many.map(Outcome.init))
                #expect(Set(one.map { Outcome($0).kind }) == ["questionnaire", "catalogue", "other", "failed"])
            }
        }
    }

    /// Files already in memory (the bundled library) go through the same reading and checks
    /// as a folder's: the same library, and problems named by the file's given name.
    @Test func filesInMemoryLoadAsTheFolderDoes() throws {
        let paths = YAMLFiles.list(in: Repository.questionnaires) + YAMLFiles.list(in: Repository.questionnaires + "/frameworks")
        let files = try paths.map { SourceFile(path: "bundled:" + $0.dropFirst(Repository.root.count + 1), bytes: try SourceFile.read($0).bytes) }
        let fromFolder = try Library.loadStrict(directory: Repository.questionnaires)
        let fromMemory = try Library.loadStrict(files: files)
        #expect(fromMemory.questionnaires == fromFolder.questionnaires)
        #expect(fromMemory.catalogues == fromFolder.catalogues)
        #expect(fromMemory.sources["cyber-resilience"]?.path == "bundled:questionnaires/cyber-resilience.yaml")
        #expect(fromMemory.sources["cyber-resilience"]?.sha256 == fromFolder.sources["cyber-resilience"]?.sha256)

        let broken = SourceFile(path: "bundled:questionnaires/broken.yaml", bytes: Array("id: broken\ntitle: [\n".utf8))
        #expect(throws: AssessmentError.self) { try Library.loadStrict(files: files + [broken]) }
        let (_, problems) = Library.load(files: files + [broken])
        #expect(problems.map(\.description).allSatisfy { $0.hasPrefix("bundled:questionnaires/broken.yaml:") }, "\(problems)")
        #expect(problems.count == 1)
    }

    /// A file's outcome in a form that can be compared.
    enum Outcome: Equatable {
        case questionnaire(Questionnaire, path: String, sha256: String, problems: [Problem])
        case catalogue(FrameworkCatalogue)
        case other(path: String, Node, FileKind?)
        case failed([Problem], countsAsLibraryFile: Bool)

        init(_ read: LibraryReading.FileRead) {
            switch read {
            case .questionnaire(let q, let path, let sha256, let problems): self = .questionnaire(q, path: path, sha256: sha256, problems: problems)
            case .catalogue(let c): self = .catalogue(c)
            case .other(let source, let node, let kind): self = .other(path: source.path, node, kind)
            case .failed(let problems, let counts): self = .failed(problems, countsAsLibraryFile: counts)
            }
        }

        var kind: String {
            switch self {
            case .questionnaire: "questionnaire"
            case .catalogue: "catalogue"
            case .other: "other"
            case .failed: "failed"
            }
        }
    }
}
