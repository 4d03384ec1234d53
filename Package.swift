// swift-tools-version:6.1
import PackageDescription

// Targets follow the data path: bytes (CyberYAML) -> the assessment pipeline (Assessment) ->
// side roads over reports (Audit) and answers files (Authoring) -> renderers (Reports) -> many
// bodies (Batch, Store, Region) -> the thin command (cyberassess). Platform holds what is not
// the domain. docs/architecture.md draws the graph.
let package = Package(
    name: "cyberassess",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "cyberassess", targets: ["cyberassess"]),
        .library(name: "CyberYAML", targets: ["CyberYAML"]),
        .library(name: "Assessment", targets: ["Assessment"]),
        .library(name: "Reports", targets: ["Reports"]),
        // For the fuzzer in Fuzz/, a package of its own: the one call it makes.
        .library(name: "FuzzOracle", targets: ["FuzzOracle"]),
    ],
    traits: [
        // Off by default, so a fresh machine needs only libyaml-dev and libsqlite3-dev. The
        // benchmark builds with it (`--traits Mimalloc`, which needs Debian's libmimalloc-dev):
        // mimalloc replaces the C library's allocator for every library, libyaml's included,
        // and takes about 9% off a batch's instructions. See docs/architecture.md.
        .trait(name: "Mimalloc", description: "Link mimalloc as the allocator on Linux (needs libmimalloc-dev)."),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // The system libyaml, found through pkg-config `yaml-0.1`.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // The C library's GNU extensions Swift does not declare (`syncfs`, `sync_file_range`),
        // compiled with _GNU_SOURCE, with fallbacks on other systems.
        .target(name: "CPlatform", cSettings: [.define("_GNU_SOURCE")]),
        // What is not the domain: atomic, unsynced and streamed files, the thread starter, the
        // ordered work queue and the bounded hand-off queue.
        .target(name: "Platform", dependencies: ["CPlatform"]),
        // YAML bytes -> nodes with line:column -> Decodable values; and nodes -> YAML via libyaml's emitter.
        .target(name: "CyberYAML", dependencies: ["CYAML"]),
        // The pipeline: model, errors, decoding, validation, scoring and its compiled fast path.
        .target(
            name: "Assessment",
            dependencies: [
                "CyberYAML",
                "Platform",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Side roads that consume reports: comparison, peers, integrity and signing, assurance
        // review, the CAF cycle's scopes, the improvement plan, and `validate` across file kinds.
        .target(
            name: "Audit",
            dependencies: [
                "Assessment",
                "CyberYAML",
                "Platform",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Writing and editing answers files: documents with notes, merge, the blank template,
        // the interactive session's state.
        .target(name: "Authoring", dependencies: ["Assessment", "CyberYAML"]),
        // One renderer per report format.
        .target(
            name: "Reports",
            dependencies: [
                "Assessment",
                "Audit",
                "CyberYAML",
                "Platform",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            // The templates are compiled in (ReportTemplateText+Generated.swift), not bundled.
            exclude: ["Templates"]
        ),
        // Importers for published frameworks (WebCAF, CISO Assistant) and completed WebCAF assessments.
        .target(name: "Importers", dependencies: ["Assessment", "CyberYAML", "Platform"]),
        // Batch scoring across many bodies and peer benchmarks.
        .target(
            name: "Batch",
            dependencies: [
                "Assessment",
                "Audit",
                "Reports",
                "CyberYAML",
                "Platform",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // What Swift cannot say to SQLite itself: one setting (`sqlite3_config` is variadic) and
        // the destructor constants SQLITE_STATIC and SQLITE_TRANSIENT (casts of 0 and -1).
        .target(name: "CSQLiteConfig", dependencies: [.product(name: "GRDBSQLite", package: "GRDB.swift")]),
        // The SQLite store for analysts (`batch --db`), through GRDB and the system SQLite.
        .target(
            name: "Store",
            dependencies: [
                "Assessment",
                "Audit",
                "CSQLiteConfig",
                "CyberYAML",
                "Platform",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's own calls, to bind a run's many rows without GRDB's argument arrays.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // A batch's store sink: where batch scoring and the store are composed (`batch --db`).
        .target(name: "BatchStore", dependencies: ["Assessment", "Batch", "Store"]),
        // Regional dashboard and trends over periods: aggregation and rendering.
        .target(name: "Region", dependencies: ["Assessment", "Audit", "Reports", "Store"]),
        // Seeded answers files for fictional bodies (`generate`, tests, the benchmark).
        .target(name: "Synthetic", dependencies: ["Assessment", "CyberYAML", "Platform"]),
        // What must hold for any bytes (readers agree, the compiled scorer equals the ordinary
        // one), as one public call for the fuzzer in Fuzz/.
        .target(name: "FuzzOracle", dependencies: ["Assessment", "CyberYAML"]),
        // The JSON Schemas of schemas/, compiled in (SchemaText+Generated.swift).
        .target(name: "JSONSchemas"),
        // The questionnaire library of questionnaires/, compiled in (BundledLibrary+Generated.swift),
        // used when no library folder is given or found.
        .target(name: "BundledLibrary"),
        // Writes the checked-in *+Generated.swift files from schemas/, the report templates and
        // questionnaires/ (`swift run generate-cyberassess`); GeneratorTests checks they are current.
        .executableTarget(name: "generate-cyberassess"),
        // The thin command-line front end.
        .executableTarget(
            name: "cyberassess",
            dependencies: [
                "Assessment",
                "Audit",
                "Authoring",
                "Reports",
                "CyberYAML",
                "Batch",
                "BatchStore",
                "BundledLibrary",
                "Importers",
                "JSONSchemas",
                "Platform",
                "Store",
                "Region",
                "Synthetic",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc in place of the C library's allocator, only with the Mimalloc trait.
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux], traits: ["Mimalloc"]))]
        ),
        // The throughput and memory benchmark (`swift run -c release cyberassess-bench`); not run by tests.
        .executableTarget(
            name: "cyberassess-bench",
            dependencies: [
                "Batch",
                "Assessment",
                "CyberYAML",
                "Synthetic",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The same allocator as the command, so that batch in process runs as it does.
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux], traits: ["Mimalloc"]))]
        ),
        // What the test targets share: repository paths, temporary folders, fixture files, golden-file diffs.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "CyberYAMLTests", dependencies: ["CyberYAML"]),
        .testTarget(name: "GeneratorTests", dependencies: ["generate-cyberassess"]),
        .testTarget(name: "FuzzOracleTests", dependencies: ["FuzzOracle", "TestSupport"]),
        .testTarget(name: "PlatformTests", dependencies: ["Platform", "TestSupport"]),
        .testTarget(
            name: "AssessmentTests",
            dependencies: ["Assessment", "Audit", "Authoring", "CyberYAML", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "AuditTests", dependencies: ["Audit", "Assessment", "CyberYAML", "Platform", "TestSupport"]),
        .testTarget(name: "AuthoringTests", dependencies: ["Authoring", "Assessment", "CyberYAML", "TestSupport"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Assessment", "Audit", "CyberYAML", "TestSupport"]),
        .testTarget(
            name: "CLITests",
            dependencies: ["cyberassess", "Assessment", "Authoring", "TestSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "BatchTests", dependencies: ["Batch", "Assessment", "Audit", "CyberYAML", "Platform", "Reports", "Synthetic", "TestSupport"]),
        .testTarget(name: "SyntheticTests", dependencies: ["Synthetic", "Assessment", "TestSupport"]),
        .testTarget(
            name: "ImportersTests",
            dependencies: ["Importers", "Assessment", "CyberYAML", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "SchemaTests", dependencies: ["JSONSchemas", "Assessment", "Audit", "Authoring", "CyberYAML", "TestSupport"]),
        .testTarget(
            name: "StoreTests",
            dependencies: ["Store", "Batch", "BatchStore", "Assessment", "Audit", "CyberYAML", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Properties checked on generated inputs: reader equivalence, scoring invariants, --jobs.
        .testTarget(
            name: "PropertyTests",
            dependencies: [
                "Assessment", "Batch", "CyberYAML", "Reports", "Synthetic", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "RegionTests",
            dependencies: ["Region", "Store", "Batch", "BatchStore", "Assessment", "CyberYAML", "TestSupport"]
        ),
    ]
)
