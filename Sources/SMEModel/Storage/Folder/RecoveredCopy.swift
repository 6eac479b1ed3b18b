import Foundation

/// Unsaved work the dashboard wrote beside its file as `<file>.<unix time>.recovered` when a save
/// at a signal was refused (someone else had changed the file). Found again at the next start and
/// by `sop validate`, compared with the file, kept in its place or put aside; never deleted.
public struct RecoveredCopy: Hashable, Sendable {
    /// The `.recovered` file.
    public var path: String
    /// The data file it was meant to replace.
    public var original: String
    /// When it was written, from its name.
    public var written: Date

    public static let suffix = ".recovered"

    /// The copy's path for `original` written at `time`.
    public static func path(for original: String, at time: Date) -> String {
        "\(original).\(Int(time.timeIntervalSince1970))\(suffix)"
    }

    /// Reads `path` as a copy's name; nil for any other file.
    public init?(path: String) {
        guard path.hasSuffix(Self.suffix) else { return nil }
        let stem = path.dropLast(Self.suffix.count)
        guard let dot = stem.lastIndex(of: "."), let seconds = Int(stem[stem.index(after: dot)...]), seconds > 0 else { return nil }
        self.path = path
        self.original = String(stem[..<dot])
        self.written = Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// Copies under the SOP and assessment folders (drafts and revisions included, history
    /// folders left out), oldest first.
    public static func all(in folder: DataFolder) -> [RecoveredCopy] {
        var found: [RecoveredCopy] = []
        for base in [folder.sopFolder, folder.assessmentsFolder] {
            guard let walker = FileManager.default.enumerator(atPath: base) else { continue }
            while let relative = walker.nextObject() as? String {
                if relative.split(separator: "/").contains(where: { $0 == Substring(SafeFile.historyFolderName) }) { continue }
                if let copy = RecoveredCopy(path: SafePath.join(base, relative)) { found.append(copy) }
            }
        }
        return found.sorted { ($0.written, $0.path) < ($1.written, $1.path) }
    }

    /// The lines that differ between the file as it is now and the copy, as `- ` (only in the
    /// file) and `+ ` (only in the copy) lines of their canonical JSON, at most `limit` of them.
    public func differences(limit: Int = 40) throws(SafeFileError) -> [String] {
        let mine = try Self.lines(SafeFile.read(path, limit: DataLimits.current.documentBytes).0)
        let theirs: [String]
        do { theirs = try Self.lines(SafeFile.read(original, limit: DataLimits.current.documentBytes).0) } catch {
            if case .system(_, _, let code) = error, code == ENOENT { theirs = [] } else { throw error }
        }
        return LineDifference.lines(from: theirs, to: mine, limit: limit)
    }

    /// Puts the copy in the original's place: a safe save against the file as it is now (the
    /// replaced version goes to `.history`, as with any save), then the copy itself is put aside.
    public func keep(within root: String) throws(SafeFileError) {
        let (data, _) = try SafeFile.read(path, limit: DataLimits.current.documentBytes)
        let current: FileStamp?
        do { current = try SafeFile.read(original, limit: DataLimits.current.documentBytes).1 } catch {
            if case .system(_, _, let code) = error, code == ENOENT { current = nil } else { throw error }
        }
        try SafeFile.write(data, to: original, expecting: current, within: root)
        _ = try putAside()
    }

    /// Moves the copy into the `.history` folder beside it; returns where it went.
    @discardableResult
    public func putAside() throws(SafeFileError) -> String {
        let (folder, name) = SafePath.split(path)
        let history = SafePath.join(folder, SafeFile.historyFolderName)
        if mkdir(history, 0o755) != 0, errno != EEXIST { throw .system(.createHistory, path: history, errno: errno) }
        // Linked, not renamed, so an older copy put aside under the same name is never replaced.
        for attempt in 0..<100 {
            let target = SafePath.join(history, attempt == 0 ? name : "\(name).\(attempt)")
            if link(path, target) == 0 {
                unlink(path)
                return target
            }
            if errno != EEXIST { throw .system(.keepHistory, path: path, errno: errno) }
        }
        throw .system(.keepHistory, path: path, errno: EEXIST)
    }

    /// The warning `sop validate` gives for the copy.
    public var problem: FileProblem {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withSpaceBetweenDateAndTime]
        let when = formatter.string(from: written) + " UTC"
        let name = SafePath.split(original).name
        return FileProblem(file: path, location: nil, severity: .warning, message: Localized(
            id: "perubahan pada \(name) yang belum tersimpan (\(when)) disimpan di sini karena berkasnya telah diubah orang lain; buka smedash untuk membandingkan, memakai atau membuangnya",
            en: "unsaved changes to \(name) (\(when)) were kept here because the file had been changed by someone else; open smedash to compare, keep or discard them"))
    }

    private static func lines(_ data: Data) -> [String] {
        String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}

/// A line difference for people: the common start and end are dropped, and the middle is matched
/// by longest common subsequence when it is small enough to do so quickly.
enum LineDifference {
    static func lines(from old: [String], to new: [String], limit: Int) -> [String] {
        var start = 0
        while start < old.count, start < new.count, old[start] == new[start] { start += 1 }
        var oldEnd = old.count, newEnd = new.count
        while oldEnd > start, newEnd > start, old[oldEnd - 1] == new[newEnd - 1] { oldEnd -= 1; newEnd -= 1 }
        let a = Array(old[start..<oldEnd]), b = Array(new[start..<newEnd])
        var result: [String] = []
        if a.count * b.count <= 4_000_000 {
            // table[i][j]: the longest common subsequence of a[i...] and b[j...].
            var table = [[Int32]](repeating: [Int32](repeating: 0, count: b.count + 1), count: a.count + 1)
            for i in stride(from: a.count - 1, through: 0, by: -1) {
                for j in stride(from: b.count - 1, through: 0, by: -1) {
                    table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
            var i = 0, j = 0
            while i < a.count || j < b.count {
                if i < a.count, j < b.count, a[i] == b[j] { i += 1; j += 1 }
                else if i < a.count, j == b.count || table[i + 1][j] >= table[i][j + 1] { result.append("- " + a[i]); i += 1 }
                else { result.append("+ " + b[j]); j += 1 }
            }
        } else {
            result = a.map { "- " + $0 } + b.map { "+ " + $0 }
        }
        return result.count > limit ? Array(result.prefix(limit)) + ["… \(result.count - limit)"] : result
    }
}
