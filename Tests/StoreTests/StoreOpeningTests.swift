import Foundation
import Store
import TestSupport
import Testing

/// Opening a store that cannot be one says so in the project's words, naming the file.
@Suite struct StoreOpeningTests {
    @Test func aFileThatIsNotAStoreIsNamedWithWhatToDo() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/notes.sqlite"
        FileManager.default.createFile(atPath: path, contents: Data(String(repeating: "not a database\n", count: 100).utf8))
        #expect(throws: StoreError.database(path: path, reason: "is not a cyberassess store (an SQLite file 'batch --db' writes); choose another file")) {
            _ = try ResultsStore(path: path)
        }
    }

    @Test func aStoreInAFolderThatDoesNotExistSaysToCheckTheFolder() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/missing/r.sqlite"
        #expect(throws: StoreError.database(path: path, reason: "cannot open the file; check that its folder exists and is writable")) {
            _ = try ResultsStore(path: path)
        }
        #expect(StoreError.database(path: path, reason: "x").description == "\(path): x")
    }
}
