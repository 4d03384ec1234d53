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
        // Questionnaires, answers, validation, scoring, comparison, aggregation, integrity.
        .target(
            name: "Assessment",
            dependencies: [
                "CyberYAML",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // One renderer per report format.
        .target(
            name: "Reports",
            dependencies: [
                "Assessment",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            // The templates are compiled in (ReportTemplateText+Generated.swift), not bundled.
            exclude: ["Templates"]
        ),
        // Importers for published frameworks (WebCAF, CISO Assistant) and completed WebCAF assessments.
        .target(name: "Importers", dependencies: ["Assessment", "CyberYAML"]),
        // The thin command-line front end.
        .executableTarget(
            name: "cyberassess",
            dependencies: [
                "Assessment",
                "Reports",
                "CyberYAML",
                "Batch",
                "Importers",
                "JSONSchemas",
                "Store",
                "Region",
                "BundledLibrary",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc in place of the C library's allocator, only with the Mimalloc trait.
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux], traits: ["Mimalloc"]))]
        ),
        // The JSON Schemas of schemas/, compiled in (SchemaText+Generated.swift).
        .target(name: "JSONSchemas"),
        // The questionnaire library of questionnaires/, compiled in (BundledLibrary+Generated.swift),
        // used when no library folder is given or found.
        .target(name: "BundledLibrary"),
        // Writes the checked-in *+Generated.swift files from schemas/, the report templates and
        // questionnaires/ (`swift run generate-cyberassess`); GeneratorTests checks they are current.
        .executableTarget(name: "generate-cyberassess"),
        // One SQLite setting Swift cannot make itself (`sqlite3_config` is variadic).
        .target(name: "CSQLiteConfig", dependencies: [.product(name: "GRDBSQLite", package: "GRDB.swift")]),
        // The SQLite store for analysts (`batch --db`), through GRDB and the system SQLite.
        .target(
            name: "Store",
            dependencies: [
                "Assessment",
                "Batch",
                "CSQLiteConfig",
                "CyberYAML",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's own calls, to bind a run's many rows without GRDB's argument arrays.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // Regional dashboard and trends over periods: aggregation and rendering.
        .target(name: "Region", dependencies: ["Assessment", "Reports", "Store"]),
        // Batch scoring across many bodies, peer benchmarks, and the seeded synthetic bodies.
        .target(
            name: "Batch",
            dependencies: [
                "Assessment",
                "Reports",
                "CyberYAML",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The throughput and memory benchmark (`swift run -c release cyberassess-bench`); not run by tests.
        .executableTarget(
            name: "cyberassess-bench",
            dependencies: [
                "Batch",
                "Assessment",
                "CyberYAML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The same allocator as the command, so that batch in process runs as it does.
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux], traits: ["Mimalloc"]))]
        ),
        // What the test targets share: repository paths, temporary folders, fixture files, golden-file diffs.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "CyberYAMLTests", dependencies: ["CyberYAML"]),
        .testTarget(name: "GeneratorTests", dependencies: ["generate-cyberassess"]),
        .testTarget(
            name: "AssessmentTests",
            dependencies: ["Assessment", "CyberYAML", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Assessment", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["cyberassess", "TestSupport"]),
        .testTarget(name: "BatchTests", dependencies: ["Batch", "Assessment", "CyberYAML", "Reports", "TestSupport"]),
        .testTarget(
            name: "ImportersTests",
            dependencies: ["Importers", "Assessment", "CyberYAML", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "SchemaTests", dependencies: ["JSONSchemas", "Assessment", "CyberYAML", "TestSupport"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Batch", "Assessment", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        // Properties checked on generated inputs: reader equivalence, scoring invariants, --jobs.
        .testTarget(
            name: "PropertyTests",
            dependencies: [
                "Assessment", "Batch", "CyberYAML", "Reports", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "RegionTests", dependencies: ["Region", "Store", "Batch", "Assessment", "CyberYAML", "Reports", "TestSupport"]),
    ]
)
