import Foundation

/// Runs the built `cyberassess` executable, as a user would, and captures what it prints.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The executable built beside the test bundle.
    static var executable: String {
        let bundle = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL
            ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return bundle.deletingLastPathComponent().appendingPathComponent("cyberassess").path
    }

    /// Runs `cyberassess arguments...` (the built one unless `executable` names another copy)
    /// with optional stdin text, in `directory`, and waits. `unset` names variables of the
    /// test's environment the command must not see.
    static func run(
        _ arguments: [String], stdin: String? = nil, directory: String? = nil, environment: [String: String] = [:],
        unset: [String] = [], executable: String = CLIRunner.executable
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for key in unset { env[key] = nil }
        for (k, v) in environment { env[k] = v }
        process.environment = env
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting so a large output cannot block the child.
        final class Box: @unchecked Sendable { var data = Data() }
        let outBox = Box()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { outBox.data = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        let outData = outBox.data
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// The `assess` arguments that create a new answers file at `path` for the test council,
    /// against the mini library at `library` (see `FixtureFiles.miniLibrary`).
    static func assessNewFile(_ path: String, library: String) -> [String] {
        ["assess", "--answers", path, "--body-id", "E1", "--body-name", "Test Council", "--period", "2026-27", "--date", "2026-10-01", "--questionnaires", library]
    }
}
