// swift-tools-version: 6.1
import PackageDescription

// Dependency direction (arrows = may import):
//   smedash ─► SMEDashboard ─► TerminalUI ─► CNCursesW, CWidth, CTerminalShim (signal handlers)
//      │            └─► SMEModel
//      ├─► SMEReports ─► SMEReportRequest, SMEModel, CPangoCairo, CXLSXWriter
//      ├─► SMEImport ─► SMEModel, ZIPFoundation (reading regencies' workbooks)
//      ├─► SMEPostgres ─► SMEModel, PostgresNIO (the shared store)
//      └─► SMEModel ─► Foundation only
//   SMEDashboard ─► SMEReportRequest ─► SMEModel (what to export, without the C libraries)
let package = Package(
    name: "smedash",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "smedash", targets: ["smedash"]),
        .library(name: "SMEModel", targets: ["SMEModel"]),
        .library(name: "SMEReports", targets: ["SMEReports"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
        // Already resolved for postgres-nio; named so the store can set up TLS and its logger.
        .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.25.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.3"),
    ],
    targets: [
        .target(name: "SMEModel"),
        .target(name: "CWidth"),
        .systemLibrary(name: "CNCursesW", providers: [.apt(["libncurses-dev"])]),
        .target(name: "CTerminalShim", dependencies: ["CNCursesW"]),
        .target(name: "TerminalUI", dependencies: ["CWidth", "CNCursesW", "CTerminalShim"]),
        .target(name: "SMEReportRequest", dependencies: ["SMEModel"]),
        .target(name: "SMEDashboard", dependencies: ["SMEModel", "SMEReportRequest", "TerminalUI"]),
        .systemLibrary(
            name: "CPangoCairo", pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]),
        .systemLibrary(name: "CXLSXWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
        .target(name: "SMEReports", dependencies: ["SMEModel", "SMEReportRequest", "CPangoCairo", "CXLSXWriter"]),
        .target(name: "SMEImport", dependencies: ["SMEModel", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // The shared store on a PostgreSQL server, behind SMEModel's `DocumentStore`.
        .target(name: "SMEPostgres", dependencies: [
            "SMEModel", .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"), .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(
            name: "smedash",
            dependencies: [
                "SMEModel", "SMEDashboard", "SMEReports", "SMEReportRequest", "SMEImport", "SMEPostgres", "TerminalUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Prints performance figures; run with `swift run -c release smedash-bench`.
        .executableTarget(name: "smedash-bench", dependencies: ["SMEModel", "SMEDashboard", "TerminalUI"]),
        // FuzzRegressions holds inputs the tests read by path (Fuzz/run.sh finds and keeps them).
        .testTarget(name: "SMEModelTests", dependencies: ["SMEModel"], exclude: ["FuzzRegressions"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(
            name: "SMEImportTests",
            dependencies: ["SMEImport", "SMEModel", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "SMEDashboardTests", dependencies: ["SMEDashboard", "SMEModel", "TerminalUI"]),
        .testTarget(
            name: "SMEReportsTests", dependencies: ["SMEReports", "SMEReportRequest", "SMEModel"],
            exclude: ["Golden"]),
        // Runs against a PostgreSQL server named by SMEDASH_TEST_PG (scripts/test starts one).
        .testTarget(name: "SMEPostgresTests", dependencies: [
            "SMEPostgres", "SMEModel", .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "NIOCore", package: "swift-nio"),
        ]),
        // Depends on the executable so `swift test` builds the binary these tests run.
        .testTarget(name: "SmedashCLITests", dependencies: ["smedash", "SMEModel", "SMEPostgres"]),
    ]
)
