import Foundation
import SMEModel
import SMEPostgres
import Testing

/// The real binary against the throwaway PostgreSQL server `scripts/test` starts: the CLI moving
/// a folder in and out, the dashboard saving to the store, and changes reaching other processes.
@Suite(.serialized, .enabled(if: StoreServer.isConfigured, "needs SMEDASH_TEST_PG (scripts/test starts a server)"))
struct StoreEndToEndTests {
    @Test func pushPullAndReadingCommandsWorkOnTheStore() throws {
        let server = try StoreServer()
        defer { server.drop() }
        let pushed = try CLIRunner.run(["store", "push", "--store", server.address, "--from", CLIRunner.bundledData, "--lang", "en"],
                                       environment: server.environment)
        #expect(pushed.status == 0, "\(pushed.stderr)")
        #expect(pushed.stdout.contains("businesses 800"))
        let pulled = server.cache + "/pulled"
        let pull = try CLIRunner.run(["store", "pull", "--store", server.address, "--to", pulled], environment: server.environment)
        #expect(pull.status == 0, "\(pull.stderr)")
        #expect(try CLIRunner.runShell("diff -r -x README.md '\(CLIRunner.bundledData)' '\(pulled)'").status == 0)

        // A reading command gives the same answer from the store as from the folder.
        let fromFolder = try CLIRunner.run(["businesses", "--data", CLIRunner.bundledData, "--count-by", "region", "--format", "csv"])
        let fromStore = try CLIRunner.run(["businesses", "--store", server.address, "--count-by", "region", "--format", "csv"],
                                          environment: server.environment)
        #expect(fromStore.status == 0, "\(fromStore.stderr)")
        #expect(fromStore.stdout == fromFolder.stdout)

        // The working copy is reused while the store is unchanged and pulled again once it moved.
        let state = try #require(try FileManager.default.subpathsOfDirectory(atPath: server.cache + "/smedash/stores")
            .first { $0.hasSuffix(".store-mirror.json") })
        let statePath = server.cache + "/smedash/stores/" + state
        let before = try Data(contentsOf: URL(fileURLWithPath: statePath))
        _ = try CLIRunner.run(["survey", "--store", server.address], environment: server.environment)
        #expect(try Data(contentsOf: URL(fileURLWithPath: statePath)) == before)
        let store = try PostgresStore(address: server.address, environment: [:])
        defer { store.close() }
        let food = try #require(try store.read(.template, "food.json"))
        _ = try store.save(.template, "food.json", food.bytes + Data("\n".utf8), expecting: food.version, by: "budi")
        _ = try CLIRunner.run(["survey", "--store", server.address], environment: server.environment)
        #expect(try Data(contentsOf: URL(fileURLWithPath: statePath)) != before)

        // Commands that write the folder directly refuse instead of changing only the copy.
        let refused = try CLIRunner.run(["import", "opendata", "--store", server.address, "x.csv", "--lang", "en"],
                                        environment: server.environment)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("does not work on the shared store"))

        // A regency's file goes through the store's inbox: drafted, accepted, and in the registry
        // every office reads.
        let file = server.cache + "/garut.csv"
        try Data("nama_usaha,kabupaten_kota,kategori_usaha\nKatering Sinar Garut,Kab. Garut,KULINER\n".utf8)
            .write(to: URL(fileURLWithPath: file))
        let drafted = try CLIRunner.run(["import", "businesses", "--store", server.address, file, "--lang", "en"], environment: server.environment)
        #expect(drafted.status == 0, "\(drafted.stderr)")
        let id = try #require(drafted.stdout.components(separatedBy: "Batch ").last?.components(separatedBy: " ").first)
        let accepted = try CLIRunner.run(["import", "accept", id, "--store", server.address, "--lang", "en"], environment: server.environment)
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(accepted.stdout.contains("Accepted: 1 new businesses"))
        let garut = try CLIRunner.run(["businesses", "--store", server.address, "--search", "sinar garut", "--format", "csv"],
                                      environment: server.environment)
        #expect(garut.stdout.split(whereSeparator: \.isNewline).count == 2 && garut.stdout.contains("Katering Sinar Garut"), "\(garut.stdout) \(garut.stderr)")
        let again = try CLIRunner.run(["import", "accept", id, "--store", server.address, "--lang", "en"], environment: server.environment)
        #expect(again.status != 0 && again.stderr.contains("already accepted"))

        let log = try CLIRunner.run(["store", "log", "--store", server.address], environment: server.environment)
        #expect(log.stdout.split(separator: "\n").map { $0.components(separatedBy: "  ")[1...3].joined(separator: " ") }
            == ["siti smedash_admin accept", "siti smedash_admin import", "budi smedash_admin save", "siti smedash_admin push"])
    }

    /// `store watch` in its own process hears a save made by another.
    @Test func aNotificationReachesASecondProcess() throws {
        let server = try StoreServer()
        defer { server.drop() }
        let store = try PostgresStore(address: server.address, environment: [:])
        defer { store.close() }
        try store.migrate()
        let watcher = try ChildProcess(["store", "watch", "--store", server.address, "--count", "1", "--lang", "en"],
                                       environment: server.environment)
        let display = try PostgresSettings.resolve(server.address, environment: [:]).display
        #expect(watcher.waitFor("Waiting for changes in \(display)", timeout: 10))
        _ = try store.save(.assessment, "2020-08-02-umk-3273-00624.json", Data("{}".utf8), expecting: nil, by: "Budi Santoso")
        let outcome = watcher.finish(timeout: 10)
        #expect(!outcome.timedOut)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("Budi Santoso created assessments/2020-08-02-umk-3273-00624.json"))
    }

    /// An official edits a template in the dashboard while another office saves it: the dashboard
    /// is told at once, and its save is the usual conflict dialog, naming who saved, not a lost update.
    @Test(.enabled(if: DashboardEndToEndTests.hasTmux)) func theDashboardSavesToTheStoreAndShowsTheOtherOfficesSave() throws {
        let server = try StoreServer()
        defer { server.drop() }
        let store = try server.pushBundledData()
        defer { store.close() }
        let session = try server.dashboard(as: "Siti")
        try session.openSOPTemplates()
        try session.editStartingRevision("a")
        try session.waitFor("Indonesian")
        try session.type("Sabun cair tersedia")
        try session.send("Enter")
        try session.waitFor("English")
        try session.type("Liquid soap")
        try session.send("Enter")
        try session.waitFor("[modified]")
        try session.send("C-s")
        try session.waitFor("(revision 4)")
        let saved = try #require(try store.read(.template, "food.json"))
        #expect(saved.savedBy == "Siti")
        #expect(String(decoding: saved.bytes, as: UTF8.self).contains("Sabun cair tersedia"))
        #expect(try store.read(.revision, "food.r3.json") != nil)

        // Another edit, unsaved, while Budi saves the same template.
        try session.send("a")
        try session.waitFor("Indonesian")
        try session.type("Tisu tersedia")
        try session.send("Enter")
        try session.waitFor("English")
        try session.type("Tissues")
        try session.send("Enter")
        try session.waitFor("[modified]")
        _ = try store.save(.template, "food.json", saved.bytes, expecting: saved.version, by: "Budi")
        try session.waitFor("Budi saved sop/food.json", timeout: 15)
        try session.send("C-s")
        let dialog = try session.waitFor("File changed on disk")
        #expect(dialog.contains("was changed by Budi"))
        let after = try #require(try store.read(.template, "food.json"))
        #expect(after.savedBy == "Budi")
        #expect(!String(decoding: after.bytes, as: UTF8.self).contains("Tisu tersedia"))
    }

    /// Budi accepts a regency's batch from the CLI while Siti's dashboard is open: the dashboard
    /// offers to read the data again, and does, keeping her search.
    @Test(.enabled(if: DashboardEndToEndTests.hasTmux)) func aBatchAcceptedElsewhereIsReadIntoAnOpenDashboard() throws {
        let server = try StoreServer()
        defer { server.drop() }
        let store = try server.pushBundledData()
        defer { store.close() }
        let session = try server.dashboard(as: "Siti")
        try session.waitFor("of 800")
        try session.send("/")
        try session.type("katering")
        try session.send("Enter")
        let before = try session.waitFor("katering")

        // Budi works on a working copy of his own, as another office's machine would.
        var budi = server.environment
        budi["USER"] = "budi"
        budi["XDG_CACHE_HOME"] = server.cache + "/budi"
        let file = server.cache + "/garut.csv"
        try Data("nama_usaha,kabupaten_kota,kategori_usaha\nKatering Aam Garut,Kab. Garut,KULINER\n".utf8).write(to: URL(fileURLWithPath: file))
        let drafted = try CLIRunner.run(["import", "businesses", "--store", server.address, file, "--lang", "en"], environment: budi)
        let id = try #require(drafted.stdout.components(separatedBy: "Batch ").last?.components(separatedBy: " ").first)
        let accepted = try CLIRunner.run(["import", "accept", id, "--store", server.address], environment: budi)
        #expect(accepted.status == 0, "\(accepted.stderr)")

        let offer = try session.waitFor("The shared store changed", timeout: 15)
        #expect(offer.contains("budi accepted batch \(id) into the registry"))
        try session.send("y")
        let after = try session.waitFor("Data read again: 801 businesses", timeout: 15)
        #expect(before.contains("search \"katering\"") && before.contains("29 of 800"))
        #expect(after.contains("search \"katering\"") && after.contains("30 of 801") && after.contains("Katering Aam Garut"))
        try session.send("q")
    }
}

/// A database of its own on the test server, with a cache folder for the working copies.
final class StoreServer {
    static var address: String? { ProcessInfo.processInfo.environment["SMEDASH_TEST_PG"].flatMap { $0.isEmpty ? nil : $0 } }
    static var isConfigured: Bool { address != nil || ProcessInfo.processInfo.environment["CI"] == "true" }

    let address: String
    let cache: String
    let name = "smedash_e2e_" + UUID().uuidString.prefix(8).lowercased()
    private let admin: PostgresSettings

    var environment: [String: String] { ["XDG_CACHE_HOME": cache, "USER": "siti", "SMEDASH_STORE": ""] }

    init() throws {
        guard let base = Self.address else {
            Issue.record("SMEDASH_TEST_PG is not set: run the tests through scripts/test, which starts a PostgreSQL cluster")
            throw StoreError(.unavailable, Localized("no test server"))
        }
        admin = try PostgresSettings.resolve(base, environment: [:])
        address = "postgres:///\(name)?host=\(admin.host)&port=\(admin.port)&user=\(admin.user)"
        cache = FileManager.default.temporaryDirectory.appendingPathComponent("smedash-store-e2e-\(name)").path
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        let created = try psql("CREATE DATABASE \(name)")
        guard created.status == 0 else { throw StoreError(.failed, Localized(created.stderr)) }
    }

    /// The bundled data pushed, through a store the caller closes.
    func pushBundledData() throws -> PostgresStore {
        let store = try PostgresStore(address: address, environment: [:])
        _ = try store.push(from: DataFolder(root: CLIRunner.bundledData), by: "setup")
        return store
    }

    /// The real dashboard on this store in tmux, saving as `official`.
    func dashboard(as official: String) throws -> TmuxSession {
        var environment = environment
        environment["SMEDASH_OFFICIAL"] = official
        return try TmuxSession(command: "'\(CLIRunner.binary)' --store '\(address)' --lang en", environment: environment)
    }

    func psql(_ sql: String) throws -> CLIRunner.Result {
        try CLIRunner.run(["-X", "-q", "-h", admin.host, "-p", String(admin.port), "-U", admin.user, "-d", "postgres", "-c", sql],
                          executable: "/usr/bin/psql")
    }

    func drop() {
        _ = try? psql("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        try? FileManager.default.removeItem(atPath: cache)
    }
}
