// swift-tools-version:6.0
import PackageDescription

// A libFuzzer target for the YAML loader and both answers readers. Not part of the main
// package or CI; build and run it with Fuzz/run.sh (see README, Development).
let package = Package(
    name: "cyberassess-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "cyberassess", path: "..")],
    targets: [
        // The declaration of libFuzzer's driver.
        .target(name: "CLibFuzzer"),
        .executableTarget(
            name: "FuzzAnswers",
            dependencies: [
                "CLibFuzzer",
                .product(name: "FuzzOracle", package: "cyberassess"),
            ]
        ),
    ]
)
