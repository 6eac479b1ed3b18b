import Foundation
@testable import SMEPostgres
import SMEModel
import Testing

/// The roles in docs/store/roles.sql, applied to a real database: what each kind of official may
/// change, and the message a refusal gets.
@Suite(.enabled(if: TestServer.isConfigured, "needs SMEDASH_TEST_PG (scripts/test starts a server)"))
struct StoreRolesTests {
    static var rolesFile: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("docs/store/roles.sql").path
    }

    func psql(_ settings: PostgresSettings, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        process.arguments = ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", settings.host, "-p", String(settings.port),
                             "-U", settings.user, "-d", settings.database] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test func readersReadEditorsAssessAdministratorsPublish() throws {
        let database = try TestServer.freshDatabase()
        defer { database.drop() }
        let owner = database.store()
        _ = try owner.push(from: DataFolder(root: TestServer.bundledData), by: "setup")
        let applied = try psql(database.settings, ["-f", Self.rolesFile])
        #expect(applied.0 == 0, "\(applied.1)")
        // Applying it twice is harmless (a new database on a cluster that has the roles).
        #expect(try psql(database.settings, ["-f", Self.rolesFile]).0 == 0)

        let suffix = String(database.settings.database.suffix(8))
        func login(_ role: String) throws -> PostgresStore {
            let name = "\(role)_\(suffix)"
            let made = try psql(database.settings, ["-c", "DROP ROLE IF EXISTS \(name); CREATE ROLE \(name) LOGIN; GRANT smedash_\(role) TO \(name)"])
            #expect(made.0 == 0, "\(made.1)")
            var settings = database.settings
            settings.user = name
            return PostgresStore(settings: settings)
        }
        let reader = try login("reader")
        let editor = try login("editor")
        let administrator = try login("administrator")
        defer {
            for store in [reader, editor, administrator] { store.close() }
            for role in ["reader", "editor", "administrator"] { _ = try? psql(database.settings, ["-c", "DROP ROLE IF EXISTS \(role)_\(suffix)"]) }
        }

        #expect(try reader.list(.template).count == 5)
        let refusedForReader = Result { try reader.save(.assessment, "new.json", Data("{}".utf8), expecting: nil, by: "Rina") }
        #expect(refused(refusedForReader))

        _ = try editor.save(.assessment, "new.json", Data("{}".utf8), expecting: nil, by: "Budi")
        _ = try editor.save(.draft, "food-draft.json", Data("{}".utf8), expecting: nil, by: "Budi")
        let food = try #require(try editor.read(.template, "food.json"))
        #expect(refused(Result { try editor.save(.template, "food.json", food.bytes, expecting: food.version, by: "Budi") }))
        #expect(refused(Result { try editor.save(.template, "new.json", food.bytes, expecting: nil, by: "Budi") }))
        #expect(refused(Result { try editor.push(from: DataFolder(root: TestServer.bundledData), by: "Budi") }))
        #expect(try owner.read(.template, "food.json")?.version == food.version)

        // An editor brings a regency's file in and returns it; accepting one is the administrator's.
        let cache = try TemporaryFolder()
        let editorCopy = try StoreMirror(store: editor, cacheRoot: cache.path + "/editor")
        let editorInbox = ImportInbox(folder: editorCopy.folder, sync: editorCopy, official: "Budi")
        let returned = try editorInbox.create(rows: [], sources: [("garut.csv", Array("nama_usaha\n".utf8))], notes: [])
        _ = try editorInbox.giveBack(returned.id, note: "kosong", by: "Budi")
        let waiting = try editorInbox.create(rows: [], sources: [("bogor.csv", Array("nama_usaha\n".utf8))], notes: [])
        #expect { try editorInbox.accept(waiting.id, by: "Budi") } throws: {
            ($0 as? ImportInboxError)?.message.en.contains("may not do this") == true
        }
        let administratorCopy = try StoreMirror(store: administrator, cacheRoot: cache.path + "/administrator")
        try ImportInbox(folder: administratorCopy.folder, sync: administratorCopy, official: "Kepala Bidang").accept(waiting.id, by: "Kepala Bidang")

        _ = try administrator.save(.template, "food.json", food.bytes + Data(" ".utf8), expecting: food.version, by: "Kepala Bidang")
        let pushed = try administrator.push(from: DataFolder(root: TestServer.bundledData), by: "Kepala Bidang")
        #expect(pushed.rows.first { $0.table == "businesses" }?.count == 800)
        #expect(try owner.auditLog(limit: 10).map { "\($0.official) \($0.action)" }.prefix(8)
            == ["Kepala Bidang push", "Kepala Bidang save", "Kepala Bidang accept", "Budi import", "Budi return", "Budi import",
                "Budi create", "Budi create"])
    }

    private func refused<T>(_ result: Result<T, any Error>) -> Bool {
        guard case .failure(let error) = result, let error = error as? StoreError else { return false }
        return error.kind == .refused && error.message.en.contains("may not do this") && error.message.en.contains("docs/deployment.md")
    }
}
