import ArgumentParser
import Foundation
import SMEModel
import SMEPostgres

/// `smedash store …`: sets up a PostgreSQL store and moves a data folder in and out of it.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Work with a shared PostgreSQL store (docs/deployment.md).",
        discussion: """
        The store is named by --store postgres://user@host/database or SMEDASH_STORE; the password
        comes from ~/.pgpass or PGPASSWORD. Other commands and the dashboard work on it unchanged.
        """,
        subcommands: [Migrate.self, Push.self, Pull.self, Status.self, Log.self, Watch.self])

    /// The store the subcommand was pointed at, or a message saying how to point it.
    static func store(_ global: GlobalOptions) throws -> PostgresStore {
        guard let address = global.storeAddress else {
            throw CLIError(Localized(
                id: "tidak ada penyimpanan bersama: beri --store postgres://petugas@server/smedash atau SMEDASH_STORE",
                en: "no shared store: give --store postgres://official@server/smedash or set SMEDASH_STORE")(global.language))
        }
        do { return try SharedStore.open(address) } catch { throw CLIError(error.description(global.language)) }
    }

    static func attempt<T>(_ language: Language, _ body: () throws(StoreError) -> T) throws -> T {
        do { return try body() } catch { throw CLIError(error.description(language)) }
    }

    static func summary(_ summary: TransferSummary, language: Language) -> String {
        let rows = summary.rows.map { "\($0.table) \($0.count)" }.joined(separator: ", ")
        return Localized(
            id: "\(rows); \(summary.documents) dokumen (\(summary.changedDocuments) berubah), \(summary.files) berkas lain",
            en: "\(rows); \(summary.documents) documents (\(summary.changedDocuments) changed), \(summary.files) other files")(language)
    }

    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create or update the store's tables.")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let language = global.language
            let store = try StoreCommand.store(global)
            let applied = try StoreCommand.attempt(language) { () throws(StoreError) in try store.migrate() }
            emit(applied.isEmpty
                ? Localized(id: "Skema sudah terbaru (versi \(PostgresStore.latestSchema)).\n", en: "The schema is up to date (version \(PostgresStore.latestSchema)).\n")(language)
                : Localized(id: "Langkah skema diterapkan: \(applied.map(String.init).joined(separator: ", ")).\n",
                            en: "Applied schema steps: \(applied.map(String.init).joined(separator: ", ")).\n")(language))
        }
    }

    struct Push: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load a data folder into the store (registry replaced, documents added or updated), in one transaction.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The data folder to load.") var from: String

        func run() throws {
            let language = global.language
            let store = try StoreCommand.store(global)
            let start = Date()
            let summary = try StoreCommand.attempt(language) { () throws(StoreError) in
                try store.push(from: DataFolder(root: from), by: SharedStore.official)
            }
            let seconds = String(format: "%.1f", Date().timeIntervalSince(start))
            emit(Localized(id: "Dikirim ke \(store.location) dalam \(seconds) dtk: ", en: "Pushed to \(store.location) in \(seconds) s: ")(language)
                 + StoreCommand.summary(summary, language: language) + "\n")
        }
    }

    struct Pull: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the store out as a data folder (JSON byte for byte).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The folder to write.") var to: String
        @Flag(help: "Replace files that exist already.") var force = false

        func run() throws {
            let language = global.language
            let store = try StoreCommand.store(global)
            let summary = try StoreCommand.attempt(language) { () throws(StoreError) in
                try store.pull(to: DataFolder(root: to), overwrite: force)
            }
            emit(Localized(id: "Ditulis ke \(to): ", en: "Written to \(to): ")(language) + StoreCommand.summary(summary, language: language) + "\n")
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The store's schema version, change counter and latest change.")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let language = global.language
            let store = try StoreCommand.store(global)
            let version = try StoreCommand.attempt(language) { () throws(StoreError) in try store.schemaVersion() }
            var lines = [Localized(id: "Penyimpanan: \(store.location)", en: "Store: \(store.location)")(language),
                         Localized(id: "Skema: versi \(version) (program: \(PostgresStore.latestSchema))",
                                   en: "Schema: version \(version) (program: \(PostgresStore.latestSchema))")(language)]
            if version > 0 {
                let counter = try StoreCommand.attempt(language) { () throws(StoreError) in try store.changeCounter() }
                let latest = try StoreCommand.attempt(language) { () throws(StoreError) in try store.auditLog(limit: 1) }
                lines.append(Localized(id: "Penghitung perubahan: \(counter)", en: "Change counter: \(counter)")(language))
                if let entry = latest.first {
                    lines.append(Localized(id: "Terakhir: \(entry.at) \(entry.official) \(entry.action) \(entry.subject)",
                                           en: "Latest: \(entry.at) \(entry.official) \(entry.action) \(entry.subject)")(language))
                }
            }
            emit(lines.joined(separator: "\n") + "\n")
        }
    }

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The audit log: who changed what, newest first.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "How many lines.") var limit = 20

        func run() throws {
            let language = global.language
            let store = try StoreCommand.store(global)
            let entries = try StoreCommand.attempt(language) { () throws(StoreError) in try store.auditLog(limit: max(1, limit)) }
            for entry in entries {
                emit([entry.at, entry.official, entry.role, entry.action, entry.subject, entry.version]
                    .joined(separator: "  ") + "\n")
            }
        }
    }

    struct Watch: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print changes other programs make to the store as they happen (LISTEN/NOTIFY).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Stop after this many changes (default: run until interrupted).") var count: Int?

        func run() throws {
            let language = global.language
            let store = try StoreCommand.store(global)
            // Connecting first makes a wrong address fail here, not silently in the listener.
            _ = try StoreCommand.attempt(language) { () throws(StoreError) in try store.changeCounter() }
            let listener = StoreListener(store: store)
            listener.start(waitingUpTo: 10)
            emit(Localized(id: "Menunggu perubahan di \(store.location)\n", en: "Waiting for changes in \(store.location)\n")(language))
            var seen = 0
            while count.map({ seen < $0 }) ?? true {
                for notice in listener.take() {
                    emit(notice.text(language) + "\n")
                    seen += 1
                }
                usleep(100_000)
            }
        }
    }
}
