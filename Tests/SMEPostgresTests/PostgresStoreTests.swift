import Foundation
import PostgresNIO
@testable import SMEPostgres
import SMEModel
import Testing

@Suite(.enabled(if: TestServer.isConfigured, "needs SMEDASH_TEST_PG (scripts/test starts a server)"))
struct PostgresStoreTests {
    @Test func migrationsRunFromEmptyAndOnlyOnce() throws {
        let database = try TestServer.freshDatabase()
        defer { database.drop() }
        let store = database.store()
        #expect(try store.schemaVersion() == 0)
        #expect(throws: StoreError.self) { try store.changeCounter() }
        #expect(try store.migrate() == StoreMigrations.steps.map(\.version))
        #expect(try store.schemaVersion() == StoreMigrations.latest)
        #expect(try store.migrate() == [])
        let tables: [String] = try store.session.run { connection, logger in
            var names: [String] = []
            for try await name in try await connection.query(
                "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' ORDER BY 1", logger: logger
            ).decode(String.self) { names.append(name) }
            return names
        }
        #expect(tables == ["audit_log", "businesses", "cooperatives", "documents", "folder_files", "import_batches", "import_files",
                           "regions", "responses", "sectors", "smedash_migrations", "store_state", "waves"])
        #expect(try store.changeCounter() == 0)
    }

    @Test func pushThenPullGivesTheSameFolderByteForByte() throws {
        let database = try TestServer.freshDatabase()
        defer { database.drop() }
        let store = database.store()
        try store.migrate()
        let schema = try keysAndIndexes(store)
        #expect(schema.count >= 20)
        let source = DataFolder(root: TestServer.bundledData)
        let pushed = try store.push(from: source, by: "Siti Rahmawati")
        // The owner's push set the large tables' keys aside and made them again as they were.
        #expect(try keysAndIndexes(store) == schema)
        #expect(pushed.rows.map(\.table) == StoreTable.all.map(\.name))
        let registry = try source.loadRegistry()
        #expect(pushed.rows.map(\.count) == [registry.regions.count, registry.sectors.count, registry.businesses.count,
                                             registry.cooperatives.count, registry.waves.count, registry.responses.count])
        #expect(pushed.documents > 10)
        #expect(pushed.changedDocuments == pushed.documents)

        let target = try TemporaryFolder()
        let pulled = try database.store().pull(to: DataFolder(root: target.path), overwrite: false)
        #expect(pulled.counter == 1)
        let expected = try TemporaryFolder().files(TestServer.bundledData).filter { $0.key != "README.md" }
        let actual = target.files()
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for (path, bytes) in expected { #expect(actual[path] == bytes, "\(path) differs after push and pull") }

        // A second push of the same folder replaces the registry and leaves documents alone.
        let again = try store.push(from: source, by: "Siti Rahmawati")
        #expect(again.changedDocuments == 0)
        #expect(try store.changeCounter() == 2)
        let audit = try store.auditLog()
        #expect(audit.map(\.action) == ["push", "push"])
        #expect(audit.first?.official == "Siti Rahmawati")
        #expect(audit.first?.role == "smedash_admin")
        // Pulling over the folder is refused without overwrite.
        #expect { try store.pull(to: DataFolder(root: target.path), overwrite: false) } throws: {
            ($0 as? StoreError)?.message.en.contains("already exists") == true
        }
    }

    /// Every key, foreign key and index of the schema, as the server describes them.
    private func keysAndIndexes(_ store: PostgresStore) throws -> [String] {
        try store.session.run { connection, logger in
            var found: [String] = []
            for try await line in try await connection.query("""
                SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
                WHERE connamespace = current_schema()::regnamespace
                UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1
                """, logger: logger).decode(String.self) { found.append(line) }
            return found
        }
    }

    @Test func aBrokenFolderPushesNothing() throws {
        let database = try TestServer.freshDatabase()
        defer { database.drop() }
        let folder = try TemporaryFolder()
        try FileManager.default.removeItem(atPath: folder.path)
        try FileManager.default.copyItem(atPath: TestServer.bundledData, toPath: folder.path)
        try Data("{ \"key\": ".utf8).write(to: URL(fileURLWithPath: folder.path + "/assessments/2020-08-02-umk-3273-00624.json"))
        let store = database.store()
        #expect { try store.push(from: DataFolder(root: folder.path), by: "Siti") } throws: {
            guard let error = $0 as? StoreError else { return false }
            return error.kind == .invalid && error.message.en.contains("2020-08-02-umk-3273-00624.json")
                && error.message.id.contains("tidak ada yang dikirim")
        }
        #expect(try store.changeCounter() == 0)
        #expect(try store.list(.template).isEmpty)
    }

    /// The connection dies between the write and COMMIT (a dropped VPN, a killed process): the
    /// server rolls the transaction back, and the next call connects again.
    @Test func aKilledConnectionLeavesNothingHalfWritten() throws {
        let database = try TestServer.freshDatabase()
        defer { database.drop() }
        let store = database.store()
        try store.migrate()
        // The client may not hear of the kill; the operation's time limit ends the wait.
        store.operationTimeout = 3
        let killer = database.store()
        let body = Data("{}".utf8)
        #expect(throws: StoreError.self) {
            try store.session.run { connection, logger in
                try await connection.query("BEGIN", logger: logger)
                try await connection.query(
                    "INSERT INTO documents (kind, name, body, version, saved_by) VALUES ('sop', 'food.json', \(body), 1, 'Siti')",
                    logger: logger)
                try await connection.query("UPDATE store_state SET change_counter = change_counter + 1", logger: logger)
                var pid: Int32 = 0
                for try await value in try await connection.query("SELECT pg_backend_pid()", logger: logger).decode(Int32.self) { pid = value }
                let victim = pid
                _ = try killer.session.run { other, logger in
                    try await other.query("SELECT pg_terminate_backend(\(victim))", logger: logger)
                }
                try await connection.query("COMMIT", logger: logger)
            }
        }
        #expect(try killer.read(.template, "food.json") == nil)
        #expect(try killer.changeCounter() == 0)
        // The same store works again on a new connection.
        _ = try store.save(.template, "food.json", body, expecting: nil, by: "Siti")
        #expect(try killer.read(.template, "food.json")?.bytes == body)
    }

    @Test func aServerThatIsDownGetsAClearMessage() throws {
        let folder = try TemporaryFolder()
        let socket = try PostgresStore(address: "postgres:///smedash?host=\(folder.path)&port=5999", environment: ["USER": "siti"])
        #expect { try socket.changeCounter() } throws: {
            guard let error = $0 as? StoreError else { return false }
            return error.kind == .unavailable && error.message.en.contains("cannot reach the PostgreSQL server")
                && error.message.en.contains(folder.path + "/.s.PGSQL.5999") && error.message.id.contains("tidak dapat dihubungi")
        }
        let tcp = try PostgresStore(address: "postgres://siti@127.0.0.1:1/smedash?sslmode=disable", environment: [:])
        #expect { try tcp.changeCounter() } throws: {
            ($0 as? StoreError)?.kind == .unavailable && ($0 as? StoreError)?.message.en.contains("127.0.0.1:1") == true
        }
    }

    @Test func badCredentialsGetAClearMessageWithNoSecret() throws {
        let environment = ProcessInfo.processInfo.environment
        let tcp = try #require(environment["SMEDASH_TEST_PG_TCP"])
        let secret = "S3cret-Not-This-One"
        let store = try PostgresStore(
            address: "postgres://smedash_admin@\(tcp)/postgres?sslmode=disable", environment: ["PGPASSWORD": secret])
        #expect { try store.changeCounter() } throws: {
            guard let error = $0 as? StoreError else { return false }
            let all = error.message.en + error.message.id + String(describing: error)
            return error.kind == .refused && error.message.en.contains("refused the login as smedash_admin")
                && !all.contains(secret)
        }
        // The right password (from the environment, never the address) gets in over TCP.
        let right = try PostgresStore(
            address: "postgres://smedash_admin@\(tcp)/postgres",
            environment: ["PGPASSWORD": try #require(environment["SMEDASH_TEST_PG_PASSWORD"])])
        #expect(try right.schemaVersion() >= 0)
        right.close()
        // No password at all: the server asks, and the message says where one is looked for.
        let none = try PostgresStore(address: "postgres://smedash_admin@\(tcp)/postgres?sslmode=disable", environment: ["HOME": "/nonexistent"])
        #expect { try none.changeCounter() } throws: {
            ($0 as? StoreError)?.kind == .refused && ($0 as? StoreError)?.message.en.contains("~/.pgpass") == true
        }
    }
}
