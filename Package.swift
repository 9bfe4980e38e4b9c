// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "converge",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "converge", targets: ["converge"]),
        .executable(name: "converge-bench", targets: ["converge-bench"]),
        .library(name: "DiffCore", targets: ["DiffCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Line splitting, interning, Myers diff, three-way merge. Standard library only.
        .target(name: "DiffCore"),
        .executableTarget(
            name: "converge",
            dependencies: [
                "DiffCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "converge-bench", dependencies: ["DiffCore"]),
        // Helpers every test target may import: temporary folders, running binaries, oracles.
        .target(name: "ConvergeTestSupport", path: "Sources/ConvergeTestSupport"),
        .testTarget(name: "DiffCoreTests", dependencies: ["DiffCore", "ConvergeTestSupport"]),
        .testTarget(
            name: "ConvergeCommandTests",
            dependencies: ["converge", "ConvergeTestSupport"]
        ),
    ]
)
