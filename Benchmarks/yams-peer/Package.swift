// swift-tools-version:6.0
// The Yams peer of the benchmark: its own package, so the main package (and CI) never builds
// Yams. `cyberassess-bench --yams` builds it in release mode when asked.
import PackageDescription

let package = Package(
    name: "yams-peer",
    platforms: [.macOS(.v13)],
    dependencies: [.package(url: "https://github.com/jpsim/Yams", exact: "6.2.2")],
    targets: [.executableTarget(name: "yams-peer", dependencies: [.product(name: "Yams", package: "Yams")])]
)
