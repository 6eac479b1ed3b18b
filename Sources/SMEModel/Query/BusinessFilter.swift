/// A `BusinessQuery`'s filters turned into column codes, tested row by row without making
/// `Business` values.
struct BusinessFilter: Equatable {
    /// Wanted sector code; -1 when the wanted sector has no businesses at all.
    var sector: Int?
    var region: Int?
    /// With several wanted regions: wanted or not, by region code.
    var regionSet: [Bool]?
    var scale: UInt8?
    var online: UInt8?
    var channelBit: UInt16?

    /// Passes every row.
    init() {}

    init(_ query: BusinessQuery, _ columns: BusinessColumns) {
        sector = query.sector.map { key in columns.sectorValues.firstIndex(of: key) ?? -1 }
        if query.regions.count == 1, let code = query.regions.first {
            region = columns.regionValues.firstIndex(of: code) ?? -1
        } else if query.regions.count > 1 {
            regionSet = columns.regionValues.map { query.regions.contains($0) }
        }
        scale = query.scale.map { UInt8(Scale.allCases.firstIndex(of: $0) ?? 0) }
        online = query.online.map { $0 ? 1 : 0 }
        channelBit = query.channel.map { UInt16(1) << UInt16(Channel.allCases.firstIndex(of: $0) ?? 0) }
    }

    /// True when any filter other than the sector applies.
    var hasOtherFilters: Bool { region != nil || regionSet != nil || scale != nil || online != nil || channelBit != nil }

    /// Every filter but the sector.
    @inline(__always) func passesOthers(_ row: Int, _ columns: BusinessColumns) -> Bool {
        if let region, Int(columns.regionCodes[row]) != region { return false }
        if let regionSet, !regionSet[Int(columns.regionCodes[row])] { return false }
        if let scale, columns.scales[row] != scale { return false }
        if let online, columns.online[row] != online { return false }
        // Channel lists kept as written have the same mask, so the mask alone decides.
        if let channelBit, columns.channelMasks[row] & channelBit == 0 { return false }
        return true
    }

    @inline(__always) func passes(_ row: Int, _ columns: BusinessColumns) -> Bool {
        if let sector, Int(columns.sectorCodes[row]) != sector { return false }
        return passesOthers(row, columns)
    }
}
