import Foundation
import Glibc
import Testing
@testable import SMEModel

/// The column cache: a snapshot gives back exactly the parsed registry (rows, side tables, name
/// order), and a stale, corrupt or truncated one is never used.
@Suite struct ColumnCacheTests {
    private struct Setup {
        let temporary: TemporaryFolder
        let plain: DataFolder
        let cached: DataFolder
        let cache: ColumnCache
    }

    private func setup(businesses: Int = 3_000) throws -> Setup {
        let temporary = try TemporaryFolder()
        // Quoted names, channel lists out of catalogue order and huge numbers come from the generator's mix.
        var generator = SampleGenerator(settings: GeneratorSettings(businesses: businesses, cooperatives: 1, responsesPerWave: 1, seed: 11))
        let plain = DataFolder(root: temporary.path + "/data")
        try DataFolderWriter.write(generator.makeRegistry(), to: plain, overwrite: false)
        let cache = ColumnCache(folder: temporary.path + "/cache")
        var cached = plain
        cached.columnCache = cache
        return Setup(temporary: temporary, plain: plain, cached: cached, cache: cache)
    }

    private func key(_ folder: DataFolder) throws -> ColumnCacheKey {
        let registry = try folder.loadRegistry([])
        return try #require(ColumnCacheKey(csv: folder.businesses, sectorKeys: registry.sectors.map(\.key), regionCodes: registry.regions.map(\.code)))
    }

    @Test func aSnapshotGivesBackTheParsedRegistry() throws {
        let s = try setup()
        let parsed = try s.plain.loadRegistry([.businesses]).businesses
        let first = try s.cached.loadRegistry([.businesses]).businesses
        let path = s.cache.snapshotPath(for: s.plain.businesses)
        #expect(FileManager.default.fileExists(atPath: path))
        let snapshot = try #require(ColumnSnapshot.read(path, key: try key(s.plain)))
        let second = try s.cached.loadRegistry([.businesses]).businesses
        #expect(second.columns !== first.columns, "the second load is the snapshot's")
        #expect(Array(second) == Array(parsed))
        #expect(Array(BusinessList(columns: snapshot)) == Array(parsed))
        #expect(snapshot.order(.name).rows == parsed.columns.order(.name).rows)
        // The id index comes from the snapshot too: every id is found at its row, others are not.
        #expect(parsed.indices.allSatisfy { second.index(ofID: parsed[$0].id) == $0 })
        #expect(second.index(ofID: "UMK-0000-99999") == nil)
        let query = BusinessQuery(region: "3273", search: "bu", sort: .employees, descending: true)
        #expect(query.run(on: Registry(regions: [], sectors: [], businesses: second, cooperatives: [], waves: [], responses: []))
            == query.run(on: Registry(regions: [], sectors: [], businesses: parsed, cooperatives: [], waves: [], responses: [])))
        let registry = try s.plain.loadRegistry([])
        let counts = try #require(s.cache.counts(s.plain, column: "sector", sectors: registry.sectors.map(\.key), regions: registry.regions.map(\.code)))
        #expect(counts == BusinessColumnCount.count(s.plain, column: "sector", codes: registry.sectors.map(\.key)))
    }

    @Test func anEditedCSVIsParsedAgainNotReadFromTheSnapshot() throws {
        let s = try setup()
        _ = try s.cached.loadRegistry([.businesses])
        let stale = try key(s.plain)
        // The same size: one letter of a name changed in place.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: s.plain.businesses))
        let parsed = try s.plain.loadRegistry([.businesses]).businesses
        // The id is unique: the name starts right after it (the generator quotes none here).
        let at = try #require(bytes.range(of: Data((parsed[2000].id + ",").utf8))).upperBound
        #expect(bytes[at] != UInt8(ascii: "\""))
        bytes[at] = bytes[at] == UInt8(ascii: "Z") ? UInt8(ascii: "Y") : UInt8(ascii: "Z")
        try bytes.write(to: URL(fileURLWithPath: s.plain.businesses))
        #expect(try key(s.plain) != stale)
        let reloaded = try s.cached.loadRegistry([.businesses]).businesses
        #expect(reloaded[2000].name != parsed[2000].name)
        #expect(Array(reloaded) == Array(try s.plain.loadRegistry([.businesses]).businesses))
    }

    @Test func aCorruptOrTruncatedSnapshotIsNeverUsed() throws {
        let s = try setup()
        _ = try s.cached.loadRegistry([.businesses])
        let path = s.cache.snapshotPath(for: s.plain.businesses)
        let key = try key(s.plain)
        let good = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(ColumnSnapshot.read(path, key: key) != nil)
        // One byte flipped deep in a column.
        var corrupt = good
        corrupt[good.count / 2] ^= 0x40
        try corrupt.write(to: URL(fileURLWithPath: path))
        #expect(ColumnSnapshot.read(path, key: key) == nil)
        // The load parses the CSV again and writes a good snapshot back.
        #expect(Array(try s.cached.loadRegistry([.businesses]).businesses) == Array(try s.plain.loadRegistry([.businesses]).businesses))
        #expect(ColumnSnapshot.read(path, key: key) != nil)
        // Cut short, or its header damaged.
        try good.prefix(good.count - 100).write(to: URL(fileURLWithPath: path))
        #expect(ColumnSnapshot.read(path, key: key) == nil)
        var header = good
        header[70] ^= 0x01
        try header.write(to: URL(fileURLWithPath: path))
        #expect(ColumnSnapshot.read(path, key: key) == nil)
        try Data().write(to: URL(fileURLWithPath: path))
        #expect(ColumnSnapshot.read(path, key: key) == nil)
        #expect(Array(try s.cached.loadRegistry([.businesses]).businesses).count == 3_000)
    }

    @Test func changedSectorsOrRegionsMakeTheSnapshotStale() throws {
        let s = try setup()
        _ = try s.cached.loadRegistry([.businesses])
        let registry = try s.plain.loadRegistry([])
        let path = s.cache.snapshotPath(for: s.plain.businesses)
        let other = try #require(ColumnCacheKey(csv: s.plain.businesses, sectorKeys: registry.sectors.map(\.key) + ["fishing"],
                                                regionCodes: registry.regions.map(\.code)))
        #expect(ColumnSnapshot.read(path, key: other) == nil)
    }

    @Test func onlyTheNewestSnapshotsAreKept() throws {
        let s = try setup(businesses: 50)
        try FileManager.default.createDirectory(atPath: s.cache.folder, withIntermediateDirectories: true)
        for index in 0..<6 {
            let old = s.cache.folder + "/old-\(index).columns"
            try Data("x".utf8).write(to: URL(fileURLWithPath: old))
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: Double(-1000 - index))], ofItemAtPath: old)
        }
        _ = try s.cached.loadRegistry([.businesses])
        let left = try FileManager.default.contentsOfDirectory(atPath: s.cache.folder).filter { $0.hasSuffix(".columns") }.sorted()
        #expect(left.count == ColumnCache.keptSnapshots)
        #expect(left.contains((s.cache.snapshotPath(for: s.plain.businesses) as NSString).lastPathComponent))
        #expect(left.contains("old-0.columns") && !left.contains("old-5.columns"))
    }

    @Test func theCacheFolderComesFromTheEnvironment() {
        #expect(ColumnCache.fromEnvironment(["XDG_CACHE_HOME": "/c", "HOME": "/h"])?.folder == "/c/smedash/columns")
        #expect(ColumnCache.fromEnvironment(["HOME": "/h"])?.folder == "/h/.cache/smedash/columns")
        #expect(ColumnCache.fromEnvironment(["HOME": "/h", "SMEDASH_COLUMN_CACHE": "off"]) == nil)
        #expect(ColumnCache.fromEnvironment(["XDG_CACHE_HOME": "relative"]) == nil)
    }
}
