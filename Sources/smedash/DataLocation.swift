import Foundation
import SMEModel

/// Finds the data folder without any machine-specific path in the code.
///
/// The default is the user's own folder (`$XDG_DATA_HOME/smedash`, else `~/.local/share/smedash`),
/// never the checkout's `data/`: edits made from a clone must not change the committed sample.
/// The first run fills the user's folder with a copy of the sample and says so once.
enum DataLocation {
    static func resolve(explicit: String?, language: Language) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        let environment = ProcessInfo.processInfo.environment
        if let fromEnvironment = environment["SMEDASH_DATA"], !fromEnvironment.isEmpty { return fromEnvironment }
        guard let user = userFolder(environment) else { return bundled }
        if !FileManager.default.fileExists(atPath: user) {
            seed(user, language: language)
        }
        return user
    }

    /// `$XDG_DATA_HOME/smedash`, as the XDG base directory specification places user data; nil
    /// when neither it nor `HOME` is set (then the sample is used in place).
    static func userFolder(_ environment: [String: String]) -> String? {
        if let base = environment["XDG_DATA_HOME"], base.hasPrefix("/") { return base + "/smedash" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/share/smedash"
    }

    /// The package's own `data/` folder, found from this source file's location at build time, so
    /// `swift run smedash` works from any directory of a checkout.
    static var bundled: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("data").path
    }

    /// Copies the sample beside the target and renames it into place, so two first runs at once
    /// never leave a half-copied folder: the loser's rename fails and its copy is removed.
    private static func seed(_ user: String, language: Language) {
        let manager = FileManager.default
        let parent = (user as NSString).deletingLastPathComponent
        let staging = parent + "/.smedash-seed-\(getpid())"
        do {
            try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
            try? manager.removeItem(atPath: staging)
            try manager.copyItem(atPath: bundled, toPath: staging)
            guard rename(staging, user) == 0 else {
                try? manager.removeItem(atPath: staging)
                return
            }
            let message = Localized(
                id: "Jalan pertama: data contoh disalin ke \(user); perubahan disimpan di sana. Pakai --data atau SMEDASH_DATA untuk folder lain.",
                en: "First run: copied the sample data to \(user); changes are saved there. Use --data or SMEDASH_DATA for another folder.")
            emitError(message(language) + "\n")
        } catch {
            try? manager.removeItem(atPath: staging)
            let message = Localized(
                id: "tidak dapat menyalin data contoh ke \(user): \(error.localizedDescription)",
                en: "could not copy the sample data to \(user): \(error.localizedDescription)")
            emitError("smedash: " + message(language) + "\n")
        }
    }
}
