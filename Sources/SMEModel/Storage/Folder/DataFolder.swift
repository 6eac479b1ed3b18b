import Foundation

/// The layout of a data folder, relative to its root. Documented in `docs/data-format.md`.
public struct DataFolder: Sendable, Equatable {
    public var root: String
    /// Parsed registries kept between runs; nil parses the CSV every time (tests, scripts).
    public var columnCache: ColumnCache?

    public init(root: String) {
        self.root = root
    }

    public var regions: String { path("registry/regions.csv") }
    public var sectors: String { path("registry/sectors.csv") }
    public var businesses: String { path("registry/businesses.csv") }
    public var cooperatives: String { path("registry/cooperatives.csv") }
    public var waves: String { path("survey/waves.csv") }
    public var responses: String { path("survey/responses.csv") }
    /// Official counts of businesses per region, read from an Open Data Jabar table (optional).
    public var officialCounts: String { path("registry/official-counts.csv") }
    public var nationalChannels: String { path("reference/national-channels.csv") }
    public var sopFolder: String { path("sop") }
    public var assessmentsFolder: String { path("assessments") }

    public func path(_ relative: String) -> String {
        root.hasSuffix("/") ? root + relative : root + "/" + relative
    }

    /// Reads a whole file, telling a missing file apart from an unreadable one (a folder, a pipe,
    /// a symlink loop, no permission).
    public static func readBytes(
        _ path: String, limit: Int = DataLimits.current.smallTableBytes
    ) throws(DataFolderError) -> [UInt8] {
        do {
            // Copied in one go: `[UInt8](data)` walks Foundation's Data a byte at a time.
            return try SafeFile.read(path, limit: limit).0.withUnsafeBytes { [UInt8]($0) }
        } catch {
            switch error {
            case .tooLarge(_, let size, let limit): throw .tooLarge(path, size: size, limit: limit)
            case .system(_, _, let code) where code == ENOENT: throw .missingFile(path)
            case .system(_, _, let code) where code == EISDIR: throw .unreadable(path, reason: "is a folder")
            case .system(_, _, let code): throw .unreadable(path, reason: String(cString: strerror(code)))
            case .notAFile: throw .unreadable(path, reason: "not a regular file")
            default: throw .unreadable(path, reason: error.description)
            }
        }
    }

    /// JSON files directly inside `folder`, sorted by name, skipping hidden and temporary files.
    public static func jsonFiles(in folder: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().map {
            folder.hasSuffix("/") ? folder + $0 : folder + "/" + $0
        }
    }

    /// Loads the registry and the survey. SOP checklists are loaded separately (`ChecklistLibrary`)
    /// so a broken checklist never hides the registry. Parts left out are empty; `progress` hears
    /// about the large files (businesses, responses) as they are read.
    public func loadRegistry(
        _ parts: RegistryParts = .all, progress: LoadProgressHandler? = nil
    ) throws(DataFolderError) -> Registry {
        let regions = try table(regions, RegistryDecoder.regions)
        let sectors = try table(sectors, RegistryDecoder.sectors)
        let decoder = RegistryDecoder(sectorKeys: Set(sectors.map(\.key)), regionCodes: Set(regions.map(\.code)))
        var businessList = BusinessList([])
        if parts.contains(.businesses) {
            let loader = BusinessCSVLoader(path: businesses, sectors: sectors, regions: regions, progress: progress)
            if let columnCache {
                businessList = try columnCache.businesses(businesses, sectors: sectors.map(\.key), regions: regions.map(\.code)) {
                    () throws(DataFolderError) in try loader.load()
                }
            } else {
                businessList = try loader.load()
            }
        }
        var cooperativeList: [Cooperative] = []
        if parts.contains(.cooperatives) {
            let cooperativesTable = try csv(cooperatives)
            do { cooperativeList = try decoder.cooperatives(cooperativesTable) } catch { throw .csv(error) }
            try Self.checkUnique(cooperativeList.map(\.id), table: cooperativesTable)
        }
        var waveList: [SurveyWave] = []
        var responseList: [SurveyResponse] = []
        if parts.contains(.survey) {
            waveList = try table(waves, RegistryDecoder.waves)
            responseList = try ResponseCSVLoader(
                path: responses, sectorKeys: decoder.sectorKeys, regionCodes: decoder.regionCodes,
                waveIDs: Set(waveList.map(\.id)), progress: progress
            ).load()
        }
        return Registry(
            regions: regions, sectors: sectors, businesses: businessList, cooperatives: cooperativeList,
            waves: waveList, responses: responseList)
    }

    private func csv(_ path: String) throws(DataFolderError) -> CSVTable {
        let bytes = try Self.readBytes(path)
        do { return try CSVTable(bytes: bytes, file: path) } catch { throw .csv(error) }
    }

    private func table<T>(_ path: String, _ decode: (CSVTable) throws(CSVError) -> [T]) throws(DataFolderError) -> [T] {
        let table = try csv(path)
        do { return try decode(table) } catch { throw .csv(error) }
    }

    private static func checkUnique(_ ids: [String], table: CSVTable) throws(DataFolderError) {
        var seen = Set<String>()
        for (index, id) in ids.enumerated() where !seen.insert(id).inserted {
            throw .duplicateID(file: table.file, line: table.records[index].line, id: id)
        }
    }
}
