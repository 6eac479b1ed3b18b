import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One saved version of a document: the file itself, a copy SafeFile kept in `.history/` when a
/// save replaced it, or a published revision archived under `sop/revisions/`.
public struct FileVersion: Hashable, Sendable {
    public enum Source: String, Hashable, Sendable { case current, saved, published }

    public var path: String
    public var source: Source
    /// When this version was written (the file's modification time), UTC "YYYY-MM-DD HH:MM".
    public var savedAt: String
    /// The account that owns the version's file: in a shared folder, who saved it.
    public var savedBy: String
    public var bytes: Data

    /// The versions of `path`: the file, then its `.history/` copies, newest first; identical
    /// copies of one content are listed once.
    public static func of(_ path: String) -> [FileVersion] {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path, name = url.lastPathComponent
        var paths = [(path, Source.current)]
        let history = folder + "/" + SafeFile.historyFolderName
        if let entries = try? FileManager.default.contentsOfDirectory(atPath: history) {
            let prefix = name + "."
            paths += entries.filter { $0.hasPrefix(prefix) && SafeFile.isVersionSuffix($0.dropFirst(prefix.count)) }
                .sorted(by: >).map { (history + "/" + $0, Source.saved) }
        }
        return unique(paths.compactMap { load($0.0, $0.1) })
    }

    static func load(_ path: String, _ source: Source) -> FileVersion? {
        guard let (bytes, _) = try? SafeFile.read(path, limit: DataLimits.current.documentBytes) else { return nil }
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        var seconds = info.st_mtim.tv_sec
        var parts = tm()
        gmtime_r(&seconds, &parts)
        let savedAt = String(format: "%04d-%02d-%02d %02d:%02d", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday, parts.tm_hour, parts.tm_min)
        return FileVersion(path: path, source: source, savedAt: savedAt, savedBy: owner(info.st_uid), bytes: bytes)
    }

    /// A stamp for decoding the version's bytes; a version is read, never saved over.
    var readStamp: FileStamp {
        FileStamp(device: 0, inode: 0, size: Int64(bytes.count), modifiedNanoseconds: 0, contentHash: 0)
    }

    static func unique(_ versions: [FileVersion]) -> [FileVersion] {
        var seen = Set<Data>()
        return versions.filter { seen.insert($0.bytes).inserted }
    }

    private static func owner(_ uid: uid_t) -> String {
        guard let entry = getpwuid(uid), let name = entry.pointee.pw_name else { return "uid \(uid)" }
        return String(cString: name)
    }
}

/// A template's history: its current file, its `.history/` copies and its published revisions,
/// each read back as a checklist. Versions that no longer load are left out.
public struct ChecklistVersion: Hashable, Sendable {
    public var version: FileVersion
    public var checklist: Checklist

    public static func history(of path: String) -> [ChecklistVersion] {
        // Published archives before the saved copies, so a copy identical to one is labelled published.
        let all = FileVersion.of(path)
        var versions = all.filter { $0.source == .current }
        let url = URL(fileURLWithPath: path)
        let stem = url.deletingPathExtension().lastPathComponent
        let archive = url.deletingLastPathComponent().appendingPathComponent("revisions").path
        if let entries = try? FileManager.default.contentsOfDirectory(atPath: archive) {
            for entry in entries where entry.hasPrefix(stem + ".r") && entry.hasSuffix(".json") {
                versions += FileVersion.of(archive + "/" + entry).prefix(1).map { version in
                    var version = version
                    version.source = .published
                    return version
                }
            }
        }
        versions += all.filter { $0.source != .current }
        let loaded = FileVersion.unique(versions).compactMap { version -> ChecklistVersion? in
            guard case .success(let (file, _)) = ChecklistLibrary.decodeTemplate(version.bytes, path: version.path, stamp: version.readStamp)
            else { return nil }
            return ChecklistVersion(version: version, checklist: file.checklist)
        }
        // The current file first, then newest first by when each was written.
        return loaded.sorted { a, b in
            if (a.version.source == .current) != (b.version.source == .current) { return a.version.source == .current }
            return (a.version.savedAt, a.checklist.revision) > (b.version.savedAt, b.checklist.revision)
        }
    }
}
