import Foundation
import SMEModel

/// The settings file, `$XDG_CONFIG_HOME/smedash/config.json` (else `~/.config/smedash/`). Read at
/// start; written when a setting changes. A file that cannot be read gives a message and the
/// defaults, and is then left alone for the session, so nothing the official wrote is lost.
public struct SettingsFile: Sendable {
    public let path: String
    /// What the file held at start or after the last write.
    public private(set) var saved: DashboardSettings
    public private(set) var isWritable: Bool

    /// Where the settings live, or nil without a home folder.
    public static func location(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") { return config + "/smedash/config.json" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.config/smedash/config.json" }
        return nil
    }

    /// Reads the file; a missing file is the defaults with no message.
    public static func open(at path: String) -> (file: SettingsFile, message: Localized?) {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            let message = exists ? Localized(id: "Pengaturan \(path) tidak dapat dibaca; dipakai bawaan", en: "Settings \(path) cannot be read; using the defaults") : nil
            return (SettingsFile(path: path, saved: DashboardSettings(), isWritable: !exists), message)
        }
        let (settings, problems) = DashboardSettings.decode(data)
        guard !problems.isEmpty else { return (SettingsFile(path: path, saved: settings, isWritable: true), nil) }
        let shown = (path as NSString).lastPathComponent
        let list = problems.map { $0 }
        let message = Localized(
            id: "Pengaturan \(shown): " + list.map(\.id).joined(separator: "; ") + ". Bawaan dipakai untuk itu; berkas tidak diubah sampai diperbaiki",
            en: "Settings \(shown): " + list.map(\.en).joined(separator: "; ") + ". Defaults used for that; the file is left as it is until fixed")
        return (SettingsFile(path: path, saved: settings, isWritable: false), message)
    }

    /// Writes what changed since the last read or write, over what the file holds now, so two
    /// dashboards of one official keep each other's changes. Atomic: a temporary file renamed over.
    public mutating func save(_ settings: DashboardSettings) throws {
        guard isWritable, settings != saved else { return }
        var merged = FileManager.default.contents(atPath: path).map { DashboardSettings.decode($0).settings } ?? DashboardSettings()
        if settings.language != saved.language { merged.language = settings.language }
        if settings.screen != saved.screen { merged.screen = settings.screen }
        if settings.sort != saved.sort { merged.sort = settings.sort }
        if settings.descending != saved.descending { merged.descending = settings.descending }
        if settings.columns != saved.columns { merged.columns = settings.columns }
        if settings.assessor != saved.assessor { merged.assessor = settings.assessor }
        if settings.copy != saved.copy { merged.copy = settings.copy }
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let temporary = folder + "/.config.json.\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: merged.encoded(), attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown)
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw CocoaError(.fileWriteUnknown)
        }
        saved = settings
    }
}
