import ArgumentParser
import Foundation
import SMEModel

/// Options every command takes: where the data is and which language to speak.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Data folder (default: $SMEDASH_DATA, else $XDG_DATA_HOME/smedash, which the first run fills with a copy of the sample data).")
    var data: String?

    @Option(name: .long, help: "Language: id (Bahasa Indonesia) or en. Default from LANG.")
    var lang: Language?

    var language: Language {
        lang ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
    }

    var folder: DataFolder { DataFolder(root: DataLocation.resolve(explicit: data, language: language)) }

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
