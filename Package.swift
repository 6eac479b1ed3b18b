// swift-tools-version: 6.1
import PackageDescription

// Dependency direction (arrows = may import):
//   smedash ─► SMEDashboard ─► TerminalUI ─► CNCursesW, CWidth, CTerminalShim (signal handlers)
//      │            └─► SMEModel
//      └─► SMEModel ─► Foundation only
let package = Package(
    name: "smedash",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "smedash", targets: ["smedash"]),
        .library(name: "SMEModel", targets: ["SMEModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "SMEModel"),
        .target(name: "CWidth"),
        .systemLibrary(name: "CNCursesW", providers: [.apt(["libncurses-dev"])]),
        .target(name: "CTerminalShim", dependencies: ["CNCursesW"]),
        .target(name: "TerminalUI", dependencies: ["CWidth", "CNCursesW", "CTerminalShim"]),
        .target(name: "SMEDashboard", dependencies: ["SMEModel", "TerminalUI"]),
        .executableTarget(
            name: "smedash",
            dependencies: [
                "SMEModel", "SMEDashboard", "TerminalUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // FuzzRegressions holds inputs the tests read by path (Fuzz/run.sh finds and keeps them).
        .testTarget(name: "SMEModelTests", dependencies: ["SMEModel"], exclude: ["FuzzRegressions"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "SMEDashboardTests", dependencies: ["SMEDashboard", "SMEModel", "TerminalUI"]),
        // Depends on the executable so `swift test` builds the binary these tests run.
        .testTarget(name: "SmedashCLITests", dependencies: ["smedash", "SMEModel"]),
    ]
)
