import Foundation
import Glibc

/// Reads and saves data files without ever leaving a half-written file, losing a change someone
/// else made, replacing a symlink, or resetting permissions. Foundation's `.atomic` writes do the
/// last two and never sync the folder, hence the system calls.
public enum SafeFile {
    /// Folder next to each data file that keeps its previous versions.
    public static let historyFolderName = ".history"
    /// Previous versions kept per file.
    public static let historyLimit = 20

    /// The bytes of a file and its stamp, for a later `write(_:to:expecting:)`.
    /// Refuses folders and special files: a named pipe would block the program forever. With a
    /// `limit`, refuses a file larger than that before reading any of it.
    public static func read(_ path: String, limit: Int? = nil) throws(SafeFileError) -> (Data, FileStamp) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw .system(.open, path: path, errno: errno) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .system(.inspect, path: path, errno: errno) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .system(.read, path: path, errno: EISDIR)
        default: throw .notAFile(path)
        }
        if let limit, Int(info.st_size) > limit { throw .tooLarge(path, size: Int(info.st_size), limit: limit) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                data.append(contentsOf: buffer[0..<count])
                // A file growing while it is read (a pipe-like writer) is refused at the limit too.
                if let limit, data.count > limit { throw .tooLarge(path, size: data.count, limit: limit) }
            } else if count == 0 {
                return (data, stamp(info, data))
            } else if errno != EINTR {
                throw .system(.read, path: path, errno: errno)
            }
        }
    }

    /// Temporary files of a save that died (power cut, SIGKILL) older than this are removed by the
    /// next successful save of the same file; a live save rewrites its file within seconds.
    public static let staleTemporarySeconds = 600

    /// Saves `data` to `path` (through symlinks) atomically and durably.
    /// With a `stamp`, refuses when the file is gone or now holds other bytes; without one,
    /// refuses to overwrite an existing file or to follow any symlink. Refuses a read-only file.
    /// Keeps the replaced version in `.history`, its owner and its permissions.
    /// With `root`, the path and the file a link leads to must lie inside `root` with no symbolic
    /// link in any folder below it (`SafePath.checkInside`), checked under the folder lock.
    /// Saves of one folder are serialised by `FolderLock` from the stamp check through the rename,
    /// and a new file is linked into place, so it can never replace one made in the meantime.
    @discardableResult
    public static func write(
        _ data: Data, to path: String, expecting stamp: FileStamp?, keepHistory: Bool = true, within root: String? = nil
    ) throws(SafeFileError) -> FileStamp {
        if let root { try SafePath.checkInside(path, root: root) }
        // A new file (save as, export) never goes through a link, even a dangling one: in a shared
        // folder a planted link would make the save create or replace a file elsewhere.
        var linkInfo = stat()
        if stamp == nil, lstat(path, &linkInfo) == 0, linkInfo.st_mode & S_IFMT == S_IFLNK {
            throw .alreadyExists(path)
        }
        let target = try resolveLinks(path)
        let (folder, name) = SafePath.split(target)
        let lock = FolderLock(folder)
        defer { lock?.release() }
        if let root {
            // Again under the lock: a folder swapped for a link after the first check is caught here.
            try SafePath.checkInside(path, root: root)
            if target != path { try SafePath.checkInside(target, root: root) }
        }
        var info = stat()
        let exists: Bool
        if stat(target, &info) == 0 {
            exists = true
        } else if errno == ENOENT || errno == ENOTDIR {
            exists = false
        } else {
            throw .system(.inspect, path: path, errno: errno)
        }
        if let stamp {
            guard exists else { throw .deletedOnDisk(path) }
            // Compare bytes, not only times: a touch is harmless, and two saves within one clock
            // tick leave the same mtime ("racy git").
            let (current, _) = try read(target)
            guard FileStamp.hash(current) == stamp.contentHash else { throw .changedOnDisk(path) }
        } else if exists {
            throw .alreadyExists(path)
        }
        // rename() would replace a read-only file (only the folder's permissions count), and root
        // ignores permissions; the write bits are what the person who set them meant.
        if exists && (info.st_mode & 0o222 == 0 || access(target, W_OK) != 0) { throw .readOnly(path) }

        var template = Array(SafePath.join(folder, ".\(name).tmp-XXXXXX").utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw .system(.createTemporary, path: folder, errno: errno) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var isOpen = true
        do throws(SafeFileError) {
            try writeAll(data, to: descriptor, path: temporary)
            // Best effort: only root may give a file away; a shared folder's group is kept when allowed.
            if exists { _ = fchown(descriptor, info.st_uid, info.st_gid) }
            let mode = exists ? info.st_mode & 0o7777 : 0o644
            guard fchmod(descriptor, mode) == 0 else { throw .system(.setMode, path: temporary, errno: errno) }
            guard syncRetrying(descriptor) else { throw .system(.flush, path: temporary, errno: errno) }
            var written = stat()
            guard fstat(descriptor, &written) == 0 else { throw .system(.inspect, path: temporary, errno: errno) }
            isOpen = false
            // Network file systems may report a failed write only at close.
            guard close(descriptor) == 0 else { throw .system(.write, path: temporary, errno: errno) }
            if exists && keepHistory { try keepVersion(of: target, named: name, in: folder, displayPath: path) }
            if exists {
                guard rename(temporary, target) == 0 else { throw .system(.replace, path: path, errno: errno) }
            } else {
                try placeNew(temporary, at: target, displayPath: path)
            }
            syncFolder(folder)
            removeStaleTemporaries(of: name, in: folder)
            return self.stamp(written, data)
        } catch {
            if isOpen { close(descriptor) }
            unlink(temporary)
            throw error
        }
    }

    /// True for names folder loaders must skip: hidden files (`.history`, `.x.json.tmp-AbC123`)
    /// and editor backups ending in `~`.
    public static func isTemporaryOrHidden(name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~")
    }

    // MARK: - Steps

    /// Gives the finished temporary file its name only if that name is still free: `link` fails
    /// with EEXIST where `rename` would silently replace a file another process created since the
    /// check (an export, a save as copy). File systems without hard links fall back to `rename`,
    /// which the folder lock still protects against other smedash processes.
    private static func placeNew(_ temporary: String, at target: String, displayPath: String) throws(SafeFileError) {
        if link(temporary, target) == 0 {
            unlink(temporary)
            return
        }
        switch errno {
        case EEXIST: throw .alreadyExists(displayPath)
        case EPERM, EOPNOTSUPP, EXDEV, EMLINK, ENOSYS:
            var info = stat()
            if lstat(target, &info) == 0 { throw .alreadyExists(displayPath) }
            guard rename(temporary, target) == 0 else { throw .system(.replace, path: displayPath, errno: errno) }
        case let code:
            throw .system(.replace, path: displayPath, errno: code)
        }
    }

    private static func writeAll(_ data: Data, to descriptor: Int32, path: String) throws(SafeFileError) {
        let failure: Int32? = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if count > 0 {
                    offset += count
                } else if count < 0 && errno == EINTR {
                    continue
                } else {
                    return count < 0 ? errno : EIO
                }
            }
            return nil
        }
        if let failure { throw .system(.write, path: path, errno: failure) }
    }

    /// Hard-links the current version into `.history` (no copy: the old inode gets a second
    /// name); copies instead on file systems without hard links.
    private static func keepVersion(of target: String, named name: String, in folder: String, displayPath: String)
        throws(SafeFileError)
    {
        let history = SafePath.join(folder, historyFolderName)
        if mkdir(history, 0o755) != 0 && errno != EEXIST {
            throw .system(.createHistory, path: history, errno: errno)
        }
        // Pruning first means a save killed at any moment leaves at most `historyLimit` versions.
        pruneHistory(of: name, in: folder, keeping: historyLimit - 1)
        let base = SafePath.join(history, "\(name).\(utcTimestamp())")
        var candidate = base
        for attempt in 1...99 {
            if link(target, candidate) == 0 { return }
            let code = errno
            switch code {
            case EEXIST:
                candidate = base + (attempt < 10 ? "-0\(attempt)" : "-\(attempt)")
            case EPERM, EOPNOTSUPP, EXDEV, EMLINK, ENOSYS:
                let (old, _) = try read(target)
                let copy = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
                guard copy >= 0 else { throw .system(.keepHistory, path: displayPath, errno: errno) }
                defer { close(copy) }
                try writeAll(old, to: copy, path: candidate)
                return
            default:
                throw .system(.keepHistory, path: displayPath, errno: code)
            }
        }
        throw .system(.keepHistory, path: displayPath, errno: EEXIST)
    }

    /// Keeps the newest `keeping` versions of `name`; best effort, an extra old version harms nobody.
    private static func pruneHistory(of name: String, in folder: String, keeping: Int) {
        let history = SafePath.join(folder, historyFolderName)
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: history) else { return }
        let prefix = name + "."
        let versions = entries.filter { $0.hasPrefix(prefix) && isVersionSuffix($0.dropFirst(prefix.count)) }
        // The timestamps sort as text; a same-millisecond suffix "-01" sorts after its base name.
        for old in versions.sorted(by: >).dropFirst(keeping) {
            unlink(SafePath.join(history, old))
        }
    }

    /// Removes `.name.tmp-XXXXXX` files left by saves that were killed; best effort. Young ones are
    /// left alone: they may belong to a save in progress in another process.
    private static func removeStaleTemporaries(of name: String, in folder: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let prefix = ".\(name).tmp-"
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        for entry in entries where entry.hasPrefix(prefix) && entry.utf8.count == prefix.utf8.count + 6 {
            let path = SafePath.join(folder, entry)
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            if Int(now.tv_sec) - Int(info.st_mtim.tv_sec) > staleTemporarySeconds { unlink(path) }
        }
    }

    /// `20240131T235959.123Z`, optionally followed by `-NN`.
    static func isVersionSuffix(_ suffix: Substring) -> Bool {
        let pattern = Array("ddddddddTdddddd.dddZ".utf8)
        let characters = Array(suffix.utf8)
        guard characters.count >= pattern.count else { return false }
        for (byte, expected) in zip(characters, pattern) {
            let matches = expected == UInt8(ascii: "d") ? (0x30...0x39).contains(byte) : byte == expected
            if !matches { return false }
        }
        let rest = characters.dropFirst(pattern.count)
        let isDigits = rest.dropFirst().allSatisfy { (0x30...0x39).contains($0) }
        return rest.isEmpty || (rest.first == UInt8(ascii: "-") && isDigits)
    }

    private static func utcTimestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var parts = tm()
        var seconds = now.tv_sec
        gmtime_r(&seconds, &parts)
        return String(
            format: "%04d%02d%02dT%02d%02d%02d.%03dZ", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
            parts.tm_hour, parts.tm_min, parts.tm_sec, Int32(now.tv_nsec / 1_000_000))
    }

    /// Follows symlinks so the link survives and its target gets the new content.
    private static func resolveLinks(_ path: String) throws(SafeFileError) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length >= 0 else { throw .system(.resolveLink, path: current, errno: errno) }
            let target = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = target.hasPrefix("/") ? target : SafePath.join(SafePath.split(current).folder, target)
        }
        throw .system(.resolveLink, path: path, errno: ELOOP)
    }

    /// Makes the rename itself durable. Best effort: the file is already replaced, and some file
    /// systems cannot sync folders.
    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = syncRetrying(descriptor)
        close(descriptor)
    }

    private static func syncRetrying(_ descriptor: Int32) -> Bool {
        while fsync(descriptor) != 0 {
            if errno != EINTR { return false }
        }
        return true
    }

    private static func stamp(_ info: stat, _ data: Data) -> FileStamp {
        FileStamp(
            device: UInt64(truncatingIfNeeded: info.st_dev), inode: UInt64(truncatingIfNeeded: info.st_ino),
            size: Int64(info.st_size),
            modifiedNanoseconds: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
            contentHash: FileStamp.hash(data))
    }
}
