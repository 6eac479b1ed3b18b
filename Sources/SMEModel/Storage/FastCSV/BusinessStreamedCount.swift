import Foundation

/// A count by sector or region of the businesses a sector, region and search text select, read
/// straight from `registry/businesses.csv` in bounded memory (`CSVStreamScan`): the
/// `smedash businesses --search bakso --count-by region` of a one-off question, without building
/// the column store. It reads five fields of each record (id, name, owner, sector, region) and
/// matches the search exactly as the dashboard and the full load do: the lower-cased
/// "name owner id" contains the lower-cased text.
///
/// Like `BusinessColumnCount` it checks what it reads (the record structure, a known sector and
/// region, a present name and a safe id) and returns nil on any doubt, so that the full reader
/// reports the problem with its line and column.
public enum BusinessStreamedCount {
    public struct Request: Sendable {
        /// Counted by region, else by sector.
        public var byRegion: Bool
        /// Every known sector key and region code, in the order the counts are wanted.
        public var sectors: [String]
        public var regions: [String]
        /// Filters, as in `BusinessQuery`.
        public var sector: String?
        public var region: String?
        public var search: String

        public init(byRegion: Bool, sectors: [String], regions: [String], sector: String? = nil, region: String? = nil, search: String = "") {
            self.byRegion = byRegion
            self.sectors = sectors
            self.regions = regions
            self.sector = sector
            self.region = region
            self.search = search
        }
    }

    /// Counts keyed by sector key or region code; nil when the full reader must decide.
    public static func count(_ folder: DataFolder, _ request: Request) -> [String: Int]? {
        count(folder, request, pieceBytes: CSVStreamScan.pieceBytes)
    }

    static func count(_ folder: DataFolder, _ request: Request, pieceBytes: Int) -> [String: Int]? {
        let sectorFilter = request.sector.map { request.sectors.firstIndex(of: $0) ?? -1 }
        let regionFilter = request.region.map { request.regions.firstIndex(of: $0) ?? -1 }
        let needle = Array(request.search.lowercased().utf8)
        let columns = RegistryColumns.businesses
        let positions = ["id", "name", "owner", "sector", "region"].compactMap { columns.firstIndex(of: $0) }
        guard positions.count == 5 else { return nil }
        let sectors = CodeLookup(request.sectors), regions = CodeLookup(request.regions)
        guard let sinks = CSVStreamScan.run(folder.businesses, columns: columns, limit: DataLimits.current.largeTableBytes,
                                            pieceBytes: pieceBytes, makeSink: { layout in
            SearchCountingSink(positions: positions.map { layout.positions[$0] }, sectors: sectors, regions: regions,
                               byRegion: request.byRegion, sectorFilter: sectorFilter, regionFilter: regionFilter, needle: needle)
        }) else { return nil }
        return BusinessColumnCount.totals(sinks.map(\.counts), request.byRegion ? request.regions : request.sectors)
    }
}

/// Tallies the records a sector, region and search text select.
struct SearchCountingSink: CSVRecordSink {
    private let id: Int, name: Int, owner: Int, sector: Int, region: Int
    private let sectors: CodeLookup, regions: CodeLookup
    private let byRegion: Bool
    private let sectorFilter: Int?, regionFilter: Int?
    private let needle: [UInt8]
    /// Where a record's lower-cased key is assembled; one per worker.
    private let scratch: ColumnBuffer<UInt8>
    private(set) var counts: [Int]

    init(positions: [Int], sectors: CodeLookup, regions: CodeLookup, byRegion: Bool,
         sectorFilter: Int?, regionFilter: Int?, needle: [UInt8]) {
        (id, name, owner, sector, region) = (positions[0], positions[1], positions[2], positions[3], positions[4])
        self.sectors = sectors
        self.regions = regions
        self.byRegion = byRegion
        self.sectorFilter = sectorFilter
        self.regionFilter = regionFilter
        self.needle = needle
        scratch = ColumnBuffer(uninitializedCount: DataLimits.recordBytes + 8)
        counts = [Int](repeating: 0, count: byRegion ? regions.codes.count : sectors.codes.count)
    }

    mutating func record(_ fields: UnsafePointer<CSVFieldSpan>, bytes: UnsafePointer<UInt8>) -> Bool {
        let sectorSpan = fields[sector], regionSpan = fields[region]
        guard fields[name].end > fields[name].start, BusinessRowSink.isSafeName(fields[id], bytes),
              !sectorSpan.escaped, !regionSpan.escaped,
              let sectorIndex = sectors.index(sectorSpan, bytes), let regionIndex = regions.index(regionSpan, bytes)
        else { return false }
        if let sectorFilter, sectorIndex != sectorFilter { return true }
        if let regionFilter, regionIndex != regionFilter { return true }
        if !needle.isEmpty, !keyContainsNeedle(fields, bytes) { return true }
        counts[byRegion ? regionIndex : sectorIndex] += 1
        return true
    }

    /// The search key is "name owner id", lower-cased: ASCII in place, anything else (or a value
    /// with doubled quotes) through the same String lower-casing as `BusinessSearchIndex`.
    private func keyContainsNeedle(_ fields: UnsafePointer<CSVFieldSpan>, _ bytes: UnsafePointer<UInt8>) -> Bool {
        if needle.contains(0) { return false }
        let key = scratch.base
        var length = 0
        var high: UInt8 = 0
        for (index, position) in [name, owner, id].enumerated() {
            let span = fields[position]
            if span.escaped { return ByteSearch.contains(slowKey(fields, bytes), needle) }
            for offset in span.start..<span.end {
                let byte = bytes[offset]
                high |= byte
                key[length] = byte &+ ((byte &- 65) < 26 ? 32 : 0)
                length += 1
            }
            if index < 2 {
                key[length] = UInt8(ascii: " ")
                length += 1
            }
        }
        if high >= 0x80 { return ByteSearch.contains(slowKey(fields, bytes), needle) }
        return ByteSearch.contains(UnsafeRawBufferPointer(start: key, count: length), needle)
    }

    private func slowKey(_ fields: UnsafePointer<CSVFieldSpan>, _ bytes: UnsafePointer<UInt8>) -> [UInt8] {
        func text(_ position: Int) -> String {
            let span = fields[position]
            let raw = String(decoding: UnsafeBufferPointer(start: bytes + span.start, count: span.end - span.start), as: UTF8.self)
            return span.escaped ? raw.replacingOccurrences(of: "\"\"", with: "\"") : raw
        }
        return Array(text(name).lowercased().utf8) + [UInt8(ascii: " ")] + Array("\(text(owner)) \(text(id))".lowercased().utf8)
    }
}
