// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "converge",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "converge", targets: ["converge"]),
        .executable(name: "converge-bench", targets: ["converge-bench"]),
        .library(name: "DiffCore", targets: ["DiffCore"]),
        .library(name: "PythonSource", targets: ["PythonSource"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // SHA-256 of every scanned file, for the backup manifest. Version 4 builds on
        // FoundationEssentials, which the static binary links anyway.
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        // converge.toml (and later the themes). Every target enables MemberImportVisibility:
        // TOMLKit imports the whole Foundation, and without it Foundation's String
        // extensions would leak into our files and drag Foundation into the static binary.
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // Line splitting, interning, Myers diff, three-way merge. Standard library only.
        .target(name: "DiffCore", swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]),
        // Python tokenizer, imports, __all__, definitions, module names. Standard library only.
        .target(name: "PythonSource", swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]),
        // Threads placed on another CPU when they start: what Swift cannot import from glibc.
        .target(name: "CThreads"),
        // The migration: moves, the rewrite planner, the __init__ combiner, and later
        // scan, plan, session, outcome, apply, verify.
        .target(
            name: "Migration",
            dependencies: ["DiffCore", "PythonSource", "CThreads", .product(name: "Crypto", package: "swift-crypto"), .product(name: "TOMLKit", package: "TOMLKit")],
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        .executableTarget(
            name: "converge",
            dependencies: [
                "DiffCore",
                "Migration",
                "MergeUI",
                "Curses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // A static executable starts faster and with a third of the memory of one
            // that loads the Swift runtime libraries (6.6 MiB against 12.8 MiB), which
            // decides the comparison with GNU diff on 100k-line files.
            linkerSettings: [
                .unsafeFlags(["-static-executable"], .when(platforms: [.linux])),
                .linkedLibrary("stdc++", .when(platforms: [.linux])),
                .linkedLibrary("FoundationEssentials", .when(platforms: [.linux])),
                .linkedLibrary("_FoundationCollections", .when(platforms: [.linux])),
                .linkedLibrary("_FoundationCShims", .when(platforms: [.linux])),
                .linkedLibrary("swiftSynchronization", .when(platforms: [.linux])),
                .linkedLibrary("swift_StringProcessing", .when(platforms: [.linux])),
                .linkedLibrary("swift_RegexParser", .when(platforms: [.linux])),
                // The static libncursesw.a leaves the terminfo functions to libtinfo.a (the
                // shared libncursesw.so is a linker script that names it itself).
                .linkedLibrary("tinfo", .when(platforms: [.linux])),
            ]
        ),
        // The interface as pure code: state, update, views into an in-memory screen, themes, keys.
        .target(
            name: "MergeUI",
            dependencies: ["DiffCore", "Migration", .product(name: "TOMLKit", package: "TOMLKit")],
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        // ncursesw (wide-character build) as a module, with shims for what Swift cannot import.
        .systemLibrary(name: "CCurses", path: "Sources/CCurses"),
        // The only code that calls ncurses: shows a Screen, reads keys (a TerminalDevice).
        .target(
            name: "Curses",
            dependencies: ["MergeUI", "CCurses"],
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        // The merge-view benchmark drives MergeUI's state and in-memory screen directly.
        .executableTarget(name: "converge-bench", dependencies: ["MergeUI", "Migration", "ConvergeTestSupport"]),
        // Helpers every test target may import: temporary folders, running binaries, oracles.
        .target(name: "ConvergeTestSupport", path: "Sources/ConvergeTestSupport"),
        .testTarget(name: "DiffCoreTests", dependencies: ["DiffCore", "ConvergeTestSupport"]),
        .testTarget(name: "PythonSourceTests", dependencies: ["PythonSource", "ConvergeTestSupport"]),
        .testTarget(name: "MigrationTests", dependencies: ["Migration", "CThreads", "PythonSource", "ConvergeTestSupport"]),
        .testTarget(name: "MergeUITests", dependencies: ["MergeUI", "Migration", "ConvergeTestSupport"]),
        .testTarget(name: "CursesTests", dependencies: ["Curses", "CCurses", "MergeUI"]),
        .testTarget(
            name: "ConvergeCommandTests",
            // MergeUI and Migration only to ask the pure interface what it can do yet
            // (the tmux tests of the merge view wait for it).
            dependencies: ["ConvergeTestSupport", "MergeUI", "Migration"]
        ),
    ]
)
