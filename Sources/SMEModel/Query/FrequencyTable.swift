/// A column a frequency table can count by (VisiData's Shift+F): one for a frequency list,
/// two for a pivot (rows by the first, columns by the second).
public enum FrequencyDimension: String, CaseIterable, Sendable, Codable {
    case sector, region, scale, online, channel
    case yearFounded = "year-founded"
    case type
    case active
    case lastRAT = "last-rat"
    case onlineBefore = "online-before"
    case onlineNow = "online-now"
    case revenue
    case operatingStatus = "operating"
    case reasonNotOnline = "reason-not-online"
    case assistance

    public static let businesses: [FrequencyDimension] = [.sector, .region, .scale, .online, .channel, .yearFounded]
    public static let cooperatives: [FrequencyDimension] = [.type, .region, .sector, .active, .lastRAT]
    public static let responses: [FrequencyDimension] = [.sector, .region, .scale, .onlineBefore, .onlineNow, .channel, .revenue,
                                                         .operatingStatus, .reasonNotOnline, .assistance]

    public var title: Localized {
        switch self {
        case .sector: Localized(id: "Sektor", en: "Sector")
        case .region: Localized(id: "Wilayah", en: "Region")
        case .scale: Localized(id: "Skala", en: "Scale")
        case .online: Localized(id: "Daring", en: "Online")
        case .channel: Localized(id: "Kanal", en: "Channel")
        case .yearFounded: Localized(id: "Tahun berdiri", en: "Year founded")
        case .type: Localized(id: "Jenis koperasi", en: "Cooperative type")
        case .active: Localized(id: "Aktif", en: "Active")
        case .lastRAT: Localized(id: "RAT terakhir", en: "Last RAT")
        case .onlineBefore: Localized(id: "Daring sebelum pandemi", en: "Online before the pandemic")
        case .onlineNow: Localized(id: "Daring sekarang", en: "Online now")
        case .revenue: Localized(id: "Perubahan omzet", en: "Revenue change")
        case .operatingStatus: Localized(id: "Status usaha", en: "Operating status")
        case .reasonNotOnline: Localized(id: "Alasan belum daring", en: "Reason not online")
        case .assistance: Localized(id: "Bantuan yang dibutuhkan", en: "Assistance needed")
        }
    }
}

/// Counts of records by one or two columns. A business with several channels counts once under
/// each, so channel counts can add up to more than the records; `total` is the records.
public struct FrequencyTable: Hashable, Sendable {
    /// One value of a column: its key (what a filter takes) and its label.
    public struct Value: Hashable, Sendable {
        public var key: String
        public var label: Localized

        public init(key: String, label: Localized) {
            self.key = key
            self.label = label
        }
    }

    public var dimensions: [FrequencyDimension]
    /// Values of the first column, in their natural order (registry order, scale, year).
    public var rows: [Value]
    /// Values of the second column; empty for a one-column table.
    public var columns: [Value]
    /// `counts[row][column]`; one column for a one-column table.
    public var counts: [[Int]]
    /// Records counted under each row value.
    public var rowTotals: [Int]
    /// Records counted under each column value (pivot only).
    public var columnTotals: [Int]
    /// Records the table was built from.
    public var total: Int

    public var isPivot: Bool { dimensions.count > 1 }

    /// The table over businesses at `rows` (indices into the registry), counted by `dimensions`.
    public static func businesses(_ registry: Registry, rows: [Int], by dimensions: [FrequencyDimension]) -> FrequencyTable {
        let businesses = registry.businesses
        return build(registry, dimensions: dimensions, records: rows) { index, dimension in keys(of: businesses[index], dimension) }
    }

    /// The table over cooperatives at `rows`.
    public static func cooperatives(_ registry: Registry, rows: [Int], by dimensions: [FrequencyDimension]) -> FrequencyTable {
        let cooperatives = registry.cooperatives
        return build(registry, dimensions: dimensions, records: rows) { index, dimension in keys(of: cooperatives[index], dimension) }
    }

    /// The table over survey responses at `rows` (indices into `Registry.responses`).
    public static func responses(_ registry: Registry, rows: [Int], by dimensions: [FrequencyDimension]) -> FrequencyTable {
        let responses = registry.responses
        return build(registry, dimensions: dimensions, records: rows) { index, dimension in keys(of: responses[index], dimension) }
    }

    /// The values a response has in a column (several channels, reasons or needs give several).
    public static func keys(of r: SurveyResponse, _ dimension: FrequencyDimension) -> [String] {
        func list(_ values: [String]) -> [String] { values.isEmpty ? [none] : values }
        switch dimension {
        case .sector: return [r.sector]
        case .region: return [r.region]
        case .scale: return [r.scale.rawValue]
        case .onlineBefore: return [r.onlineBefore.rawValue]
        case .onlineNow: return [r.onlineNow.rawValue]
        case .channel: return list(r.channels.map(\.rawValue))
        case .revenue: return [r.revenueChange.rawValue]
        case .operatingStatus: return [r.status.rawValue]
        case .reasonNotOnline: return list(r.reasonsNotOnline.map(\.rawValue))
        case .assistance: return list(r.assistance.map(\.rawValue))
        case .yearFounded, .type, .active, .lastRAT, .online: return [none]
        }
    }

    /// The values a business has in a column (several channels give several).
    public static func keys(of b: Business, _ dimension: FrequencyDimension) -> [String] {
        switch dimension {
        case .sector: [b.sector]
        case .region: [b.region]
        case .scale: [b.scale.rawValue]
        case .online: [b.online ? "yes" : "no"]
        case .channel: b.channels.isEmpty ? [none] : b.channels.map(\.rawValue)
        case .yearFounded: [String(b.yearFounded)]
        case .type, .active, .lastRAT, .onlineBefore, .onlineNow, .revenue, .operatingStatus, .reasonNotOnline, .assistance: [none]
        }
    }

    public static func keys(of c: Cooperative, _ dimension: FrequencyDimension) -> [String] {
        switch dimension {
        case .sector: [c.sector]
        case .region: [c.region]
        case .type: [c.type.rawValue]
        case .active: [c.active ? "yes" : "no"]
        case .lastRAT: [c.lastRATYear.map(String.init) ?? none]
        case .scale, .online, .channel, .yearFounded, .onlineBefore, .onlineNow, .revenue, .operatingStatus, .reasonNotOnline, .assistance: [none]
        }
    }

    /// The key of "none" (no channel, no RAT on record).
    public static let none = "-"

    private static func build(_ registry: Registry, dimensions: [FrequencyDimension], records: [Int],
                              keys: (Int, FrequencyDimension) -> [String]) -> FrequencyTable {
        let first = dimensions.first ?? .sector
        let second = dimensions.count > 1 ? dimensions[1] : nil
        var rowCounts: [String: Int] = [:], columnCounts: [String: Int] = [:], cells: [String: [String: Int]] = [:]
        for record in records {
            let rowKeys = Set(keys(record, first))
            let columnKeys = second.map { Set(keys(record, $0)) } ?? [""]
            for row in rowKeys {
                rowCounts[row, default: 0] += 1
                for column in columnKeys { cells[row, default: [:]][column, default: 0] += 1 }
            }
            if second != nil { for column in columnKeys { columnCounts[column, default: 0] += 1 } }
        }
        let rows = values(first, registry, present: Set(rowCounts.keys))
        let columns = second.map { values($0, registry, present: Set(columnCounts.keys)) } ?? []
        let columnKeys = second == nil ? [""] : columns.map(\.key)
        return FrequencyTable(
            dimensions: second == nil ? [first] : [first, second!], rows: rows, columns: columns,
            counts: rows.map { row in columnKeys.map { cells[row.key]?[$0] ?? 0 } },
            rowTotals: rows.map { rowCounts[$0.key] ?? 0 }, columnTotals: columns.map { columnCounts[$0.key] ?? 0 },
            total: records.count)
    }

    /// Every value of a column in its natural order: the known ones (so a zero shows as a zero),
    /// then any others found, then "none".
    private static func values(_ dimension: FrequencyDimension, _ registry: Registry, present: Set<String>) -> [Value] {
        let noneLabel: Localized = dimension == .lastRAT ? Localized(id: "belum tercatat", en: "none on record") : Localized(id: "tidak ada", en: "none")
        let yesNo = [Value(key: "yes", label: YesNo.yes.label), Value(key: "no", label: YesNo.no.label)]
        var known: [Value]
        switch dimension {
        case .sector: known = registry.sectors.map { Value(key: $0.key, label: Localized(id: $0.name(.id), en: $0.name(.en))) }
        case .region: known = registry.regions.map { Value(key: $0.code, label: Localized(id: $0.displayName(.id), en: $0.displayName(.en))) }
        case .scale: known = Scale.allCases.map { Value(key: $0.rawValue, label: $0.label) }
        case .online, .active: known = yesNo
        case .channel: known = Channel.allCases.map { Value(key: $0.rawValue, label: $0.label) }
        case .type: known = CooperativeType.allCases.map { Value(key: $0.rawValue, label: $0.label) }
        case .onlineBefore, .onlineNow: known = YesNo.allCases.map { Value(key: $0.rawValue, label: $0.label) }
        case .revenue: known = RevenueChange.allCases.map { Value(key: $0.rawValue, label: $0.label) }
        case .operatingStatus: known = OperatingStatus.allCases.map { Value(key: $0.rawValue, label: $0.label) }
        case .reasonNotOnline: known = NotOnlineReason.allCases.map { Value(key: $0.rawValue, label: $0.label) }
        case .assistance: known = AssistanceNeed.allCases.map { Value(key: $0.rawValue, label: $0.label) }
        case .yearFounded, .lastRAT:
            known = present.filter { $0 != none }.sorted().map { Value(key: $0, label: Localized($0)) }
        }
        let knownKeys = Set(known.map(\.key))
        known += present.subtracting(knownKeys).subtracting([none]).sorted().map { Value(key: $0, label: Localized($0)) }
        if present.contains(none) { known.append(Value(key: none, label: noneLabel)) }
        return known
    }
}
