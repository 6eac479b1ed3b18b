import ArgumentParser
import Foundation
import SMEModel
import SMEPostgres

/// Options every command takes: where the data is and which language to speak.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Data folder (default: $SMEDASH_DATA, else $XDG_DATA_HOME/smedash, which the first run fills with a copy of the sample data).")
    var data: String?

    @Option(name: .long, help: "Language: id (Bahasa Indonesia) or en. Default from LANG.")
    var lang: Language?

    @Option(name: .long, help: "Shared store: postgres://user@host/database (default: $SMEDASH_STORE). Passwords come from ~/.pgpass or PGPASSWORD, never from here.")
    var store: String?

    var language: Language {
        lang ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
    }

    /// The data folder; with a PostgreSQL store, the working copy of it under the user's cache,
    /// pulled when the store changed since the copy was made.
    var folder: DataFolder {
        var folder = plainFolder
        folder.columnCache = ColumnCache.fromEnvironment(ProcessInfo.processInfo.environment)
        return folder
    }

    private var plainFolder: DataFolder {
        guard let address = storeAddress else {
            return DataFolder(root: DataLocation.resolve(explicit: data, language: language))
        }
        do { return try SharedStore.mirror(address, language: language).folder } catch {
            emitError("smedash: " + error.description(language) + "\n")
            Foundation.exit(1)
        }
    }

    /// `--store`, else SMEDASH_STORE, when it names a PostgreSQL server.
    var storeAddress: String? {
        let address = store ?? ProcessInfo.processInfo.environment["SMEDASH_STORE"]
        guard let address, !address.isEmpty, data == nil || store != nil else { return nil }
        return PostgresSettings.isAddress(address) ? address : nil
    }

    /// The import inbox of the data folder; on a shared store every step goes to the store first.
    var inbox: ImportInbox {
        let folder = folder
        let mirror = storeAddress.flatMap { try? SharedStore.mirror($0, language: language) }
        return ImportInbox(folder: folder, sync: mirror, official: ImportText.official())
    }

    /// Commands that change the data folder directly (SOP rewrites, official counts) are not
    /// yet carried to a shared store; they refuse rather than change only the local copy.
    func requireFolderStore() throws {
        guard let address = storeAddress else { return }
        let shown = (try? PostgresSettings.resolve(address, environment: [:]).display) ?? "postgres://…"
        throw CLIError(Localized(
            id: "perintah ini mengubah folder data secara langsung dan belum bisa bekerja pada penyimpanan bersama \(shown); jalankan pada folder (`smedash store pull --to DIR`, ubah, lalu `smedash store push --from DIR`)",
            en: "this command changes the data folder directly and does not work on the shared store \(shown) yet; run it on a folder (`smedash store pull --to DIR`, change it, then `smedash store push --from DIR`)")(language))
    }

    /// The language for messages printed before or outside a command's own options (parse
    /// errors, output failures): `--lang` as written on the command line, else LANG.
    static var messageLanguage: Language {
        let arguments = CommandLine.arguments
        if let index = arguments.firstIndex(of: "--lang"), index + 1 < arguments.count,
           let language = Language(rawValue: arguments[index + 1]) {
            return language
        }
        if let joined = arguments.first(where: { $0.hasPrefix("--lang=") }),
           let language = Language(rawValue: String(joined.dropFirst("--lang=".count))) {
            return language
        }
        return Language.fromEnvironment(ProcessInfo.processInfo.environment)
    }

    /// Loads the parts of the registry a command needs, with a progress line on a terminal when
    /// that takes more than half a second.
    func loadRegistry(_ parts: RegistryParts = .all) throws -> Registry {
        let progress = ProgressLine.onTerminal(language)
        defer { progress?.finish() }
        do {
            return try folder.loadRegistry(parts, progress: progress?.handler)
        } catch {
            throw CLIError(error.description(language))
        }
    }
}

/// `--show-personal-data`, shared as a group: ArgumentParser gives a flag declared separately on
/// the root command and on a subcommand to the root only, so `businesses --show-personal-data`
/// never reached `businesses`.
struct PersonalDataOption: ParsableArguments {
    @Flag(name: .customLong("show-personal-data"), help: "Show owners' NIK and phone numbers unmasked.")
    var showPersonalData = false
}

extension Language: ExpressibleByArgument {}

/// A failure already phrased for the user; printed as one line on stderr with exit status 1.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
