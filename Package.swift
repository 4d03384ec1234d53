// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "cyberassess",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "cyberassess", targets: ["cyberassess"]),
        .library(name: "CyberYAML", targets: ["CyberYAML"]),
        .library(name: "Assessment", targets: ["Assessment"]),
        .library(name: "Reports", targets: ["Reports"]),
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
        // YAML bytes -> nodes with line:column -> Decodable values; and nodes -> YAML via libyaml's emitter.
        .target(name: "CyberYAML", dependencies: ["CYAML"]),
        // The C library's GNU extensions Swift does not declare (`syncfs`, `sync_file_range`),
        // compiled with _GNU_SOURCE, with fallbacks on other systems.
        .target(name: "CPlatform", cSettings: [.define("_GNU_SOURCE")]),
        // What is not the domain: atomic, unsynced and streamed files, the thread starter, the
        // ordered work queue and the bounded hand-off queue.
        .target(name: "Platform", dependencies: ["CPlatform"]),
        // Questionnaires, answers, validation, scoring, comparison, aggregation, integrity.
        .target(
            name: "Assessment",
            dependencies: [
                "CyberYAML",
                "Platform",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // One renderer per report format.
        .target(
            name: "Reports",
            dependencies: [
                "Assessment",
                "CyberYAML",
                "Platform",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Templates")]
        ),
        // Importers for published frameworks (WebCAF, CISO Assistant) and completed WebCAF assessments.
        .target(name: "Importers", dependencies: ["Assessment", "CyberYAML", "Platform"]),
        // The thin command-line front end.
        .executableTarget(
            name: "cyberassess",
            dependencies: [
                "Assessment",
                "Reports",
                "CyberYAML",
                "Batch",
                "BatchStore",
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
        // The JSON Schemas of schemas/, compiled in (schemas/embed.sh writes SchemaText.swift).
        .target(name: "JSONSchemas"),
        // What Swift cannot say to SQLite itself: one setting (`sqlite3_config` is variadic) and
        // the destructor constants SQLITE_STATIC and SQLITE_TRANSIENT (casts of 0 and -1).
        .target(name: "CSQLiteConfig", dependencies: [.product(name: "GRDBSQLite", package: "GRDB.swift")]),
        // The SQLite store for analysts (`batch --db`), through GRDB and the system SQLite.
        .target(
            name: "Store",
            dependencies: [
                "Assessment",
                "CSQLiteConfig",
                "CyberYAML",
                "Platform",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's own calls, to bind a run's many rows without GRDB's argument arrays.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // Regional dashboard and trends over periods: aggregation and rendering.
        .target(name: "Region", dependencies: ["Assessment", "Reports", "Store"]),
        // Batch scoring across many bodies and peer benchmarks.
        .target(
            name: "Batch",
            dependencies: [
                "Assessment",
                "Reports",
                "CyberYAML",
                "Platform",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // A batch's store sink: where batch scoring and the store are composed (`batch --db`).
        .target(name: "BatchStore", dependencies: ["Assessment", "Batch", "Store"]),
        // Seeded answers files for fictional bodies (`generate`, tests, the benchmark).
        .target(name: "Synthetic", dependencies: ["Assessment", "CyberYAML", "Platform"]),
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
        .testTarget(
            name: "AssessmentTests",
            dependencies: ["Assessment", "CyberYAML", "Platform", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "PlatformTests", dependencies: ["Platform", "TestSupport"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Assessment", "CyberYAML", "TestSupport"]),
        .testTarget(
            name: "CLITests",
            dependencies: ["cyberassess", "Assessment", "TestSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "BatchTests", dependencies: ["Batch", "Assessment", "CyberYAML", "Platform", "Reports", "Synthetic", "TestSupport"]),
        .testTarget(name: "SyntheticTests", dependencies: ["Synthetic", "Assessment", "TestSupport"]),
        .testTarget(
            name: "ImportersTests",
            dependencies: ["Importers", "Assessment", "CyberYAML", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "SchemaTests", dependencies: ["JSONSchemas", "Assessment", "CyberYAML", "TestSupport"]),
        .testTarget(
            name: "StoreTests",
            dependencies: ["Store", "Batch", "BatchStore", "Assessment", "CyberYAML", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]
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
            dependencies: ["Region", "Store", "Batch", "BatchStore", "Assessment", "CyberYAML", "Reports", "TestSupport"]
        ),
    ]
)
