import ArgumentParser
import Foundation
import SMEModel

/// Options every command takes: where the data is and which language to speak.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Data folder (default: $SMEDASH_DATA, ./data, or the bundled sample data).")
    var data: String?

    @Option(name: .long, help: "Language: id (Bahasa Indonesia) or en. Default from LANG.")
    var lang: Language?

    var language: Language {
        lang ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
    }

    var folder: DataFolder { DataFolder(root: DataLocation.resolve(explicit: data)) }

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

/// Finds the data folder without any machine-specific path in the code.
enum DataLocation {
    static func resolve(explicit: String?) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = ProcessInfo.processInfo.environment["SMEDASH_DATA"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        if FileManager.default.fileExists(atPath: "data/registry/businesses.csv") { return "data" }
        return bundled
    }

    /// The package's own `data/` folder, found from this source file's location at build time, so
    /// `swift run smedash` works from any directory of a checkout.
    static var bundled: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("data").path
    }
}

/// A failure already phrased for the user; printed as one line on stderr with exit status 1.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
