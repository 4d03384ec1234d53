import ArgumentParser
import Assessment
import Foundation
import Platform
import Region
import Store

struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "A region at a glance: one self-contained, printable HTML page from the store a 'batch --db' wrote.",
        discussion: """
            Shows, for one period: bodies scored and failed; each topic's and domain's spread \
            across bodies against its target; the share meeting each target profile; a heat map \
            of bodies by domain (more than \(Dashboard.maxHeatRows) bodies are drawn as rows of \
            bodies adjacent in rank); the five weakest domains; the most recurring \
            recommendations; breakdowns by type and region.
            """)

    @Option(help: "The SQLite store written by 'batch --db'.")
    var db: String

    @Option(help: "The period to show (default: the latest in the store).")
    var period: String?

    @Option(name: .shortAndLong, help: "Write the page to this file (atomically) instead of stdout; never over the store.")
    var output: String?

    @Flag(help: "Replace the output file if it exists and is not the store.")
    var force = false

    @Option(name: .customLong("min-group"), parsing: .unconditional, help: "Hide types and regions with fewer bodies than this (default: 5 for anonymised stores, else 1).")
    var minGroup: Int?

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if let minGroup, minGroup < 1 { throw ValidationError("--min-group: expected 1 or more, found \(minGroup)") }
    }

    func run() throws {
        let outputFile = output.map { OutputFile($0, inputs: [OutputFile.Input(path: db, role: "the store")], force: force) }
        try outputFile?.check()
        let store = try ResultsStore(reading: db)
        let snapshot = try store.snapshot(period: period)
        let dashboard = Dashboard(snapshot, library: try library.load(), minGroup: minGroup ?? (snapshot.anonymised ? 5 : 1))
        let bytes = Array(DashboardHTML.render(dashboard).utf8)
        try OutputFile.emit(bytes, to: outputFile)
    }
}
