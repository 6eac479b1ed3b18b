import Foundation
import PostgresNIO
@testable import SMEPostgres
import SMEModel
import Testing

/// The throwaway server `scripts/test` starts (`scripts/pg-test-cluster`), named by
/// SMEDASH_TEST_PG. Without it these tests are skipped, except in CI, where a missing server is a
/// failure: both stores must be tested there.
enum TestServer {
    static let environment = ProcessInfo.processInfo.environment
    static var address: String? { environment["SMEDASH_TEST_PG"].flatMap { $0.isEmpty ? nil : $0 } }
    static var isConfigured: Bool { address != nil || environment["CI"] == "true" }

    /// A store on a new, empty database of its own, dropped by `TestDatabase.drop()`.
    static func freshDatabase() throws -> TestDatabase {
        guard let address else {
            Issue.record("SMEDASH_TEST_PG is not set: run the tests through scripts/test, which starts a PostgreSQL cluster")
            throw StoreError(.unavailable, Localized("no test server"))
        }
        let admin = try PostgresStore(address: address, environment: [:])
        let name = "smedash_test_" + UUID().uuidString.prefix(8).lowercased()
        try admin.session.run { connection, logger in try await connection.execute("CREATE DATABASE \(name)", logger: logger) }
        var settings = admin.settings
        settings.database = name
        return TestDatabase(admin: admin, settings: settings)
    }

    /// The folder of data that ships with smedash.
    static var bundledData: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("data").path
    }
}

final class TestDatabase: @unchecked Sendable {
    let admin: PostgresStore
    let settings: PostgresSettings
    private var stores: [PostgresStore] = []

    init(admin: PostgresStore, settings: PostgresSettings) {
        self.admin = admin
        self.settings = settings
    }

    /// A store with its own connection, as another official's program would have.
    func store() -> PostgresStore {
        let store = PostgresStore(settings: settings)
        stores.append(store)
        return store
    }

    func drop() {
        for store in stores { store.close() }
        let name = settings.database
        _ = try? admin.session.run { connection, logger in
            try await connection.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", logger: logger)
        }
        admin.close()
    }
}

/// A fresh folder under the system's temporary directory, removed when the test is done.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("smedash-store-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Every file below the folder, relative path → bytes, skipping `.history` and hidden files.
    func files(_ root: String? = nil) -> [String: Data] { Self.files(of: root ?? path) }

    static func files(of base: String) -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: base)
        while let relative = enumerator?.nextObject() as? String {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            var isFolder: ObjCBool = false
            let full = base + "/" + relative
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                result[relative] = FileManager.default.contents(atPath: full)
            }
        }
        return result
    }
}
