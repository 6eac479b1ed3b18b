import Foundation

/// Where parsed registries are kept between runs: `$XDG_CACHE_HOME/smedash/columns/` (else
/// `~/.cache/smedash/columns/`), one snapshot per businesses.csv, named by a hash of its path.
/// A snapshot is used only when its key still matches the CSV; otherwise the CSV is parsed and
/// the snapshot written again. Nothing here ever makes a load fail: a cache that cannot be read
/// or written is simply not used.
public struct ColumnCache: Sendable, Equatable {
    public var folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// The user's cache, unless `SMEDASH_COLUMN_CACHE=off`.
    public static func fromEnvironment(_ environment: [String: String]) -> ColumnCache? {
        if environment["SMEDASH_COLUMN_CACHE"]?.lowercased() == "off" { return nil }
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return ColumnCache(folder: cache + "/smedash/columns") }
        if let home = environment["HOME"], home.hasPrefix("/") { return ColumnCache(folder: home + "/.cache/smedash/columns") }
        return nil
    }

    /// The snapshot file for a CSV.
    public func snapshotPath(for csv: String) -> String {
        let absolute = URL(fileURLWithPath: csv).standardizedFileURL.path
        let name = String(ColumnChecksum.of(Data(absolute.utf8)), radix: 16)
        return folder + "/" + name + ".columns"
    }

    /// True when a snapshot made for the folder's CSV as it is now exists (its header checked,
    /// no section read).
    public func hasSnapshot(_ folder: DataFolder, sectors: [String], regions: [String]) -> Bool {
        guard let key = ColumnCacheKey(csv: folder.businesses, sectorKeys: sectors, regionCodes: regions) else { return false }
        return ColumnSnapshot.open(snapshotPath(for: folder.businesses), key: key) != nil
    }

    /// Businesses per sector or region straight from a matching snapshot (nil without one).
    public func counts(_ folder: DataFolder, column: String, sectors: [String], regions: [String]) -> [String: Int]? {
        let section: ColumnSnapshot.Section = column == "sector" ? .sectorCodes : .regionCodes
        guard column == "sector" || column == "region",
              let key = ColumnCacheKey(csv: folder.businesses, sectorKeys: sectors, regionCodes: regions) else { return nil }
        return ColumnSnapshot.codeCounts(snapshotPath(for: folder.businesses), key: key, section: section)
    }

    /// The businesses of `csv`: from the snapshot when it matches, else parsed by `parse` and
    /// written back for next time (only when the CSV did not change while it was read).
    func businesses(_ csv: String, sectors: [String], regions: [String], parse: () throws(DataFolderError) -> BusinessList)
        throws(DataFolderError) -> BusinessList
    {
        let key = ColumnCacheKey(csv: csv, sectorKeys: sectors, regionCodes: regions)
        let path = snapshotPath(for: csv)
        if let key, let columns = ColumnSnapshot.read(path, key: key) { return BusinessList(columns: columns) }
        let list = try parse()
        if let key, ColumnCacheKey(csv: csv, sectorKeys: sectors, regionCodes: regions) == key {
            try? ColumnSnapshot.write(list.columns, key: key, to: path)
            prune(keeping: path)
        }
        return list
    }

    /// Snapshots kept at most; each is about the size of its CSV, and folders that are gone (old
    /// working copies of a shared store) would otherwise leave theirs behind.
    public static let keptSnapshots = 4

    /// Removes all but the most recently written snapshots, never `current`.
    func prune(keeping current: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let snapshots = names.filter { $0.hasSuffix(".columns") && !$0.hasPrefix(".") }.map { folder + "/" + $0 }
        let byAge = snapshots.map { path in
            (path, ((try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate]) as? Date) ?? .distantPast)
        }.sorted { $0.1 > $1.1 }
        for (path, _) in byAge.dropFirst(Self.keptSnapshots) where path != current {
            try? FileManager.default.removeItem(atPath: path)
        }
    }
}
