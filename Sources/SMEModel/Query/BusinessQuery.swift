/// Columns a business list can be sorted by.
public enum BusinessSortField: String, CaseIterable, Sendable, Codable {
    case name, id, owner, sector, region, scale, employees, online, channels, yearFounded, sopScore

    public var label: Localized {
        switch self {
        case .name: Localized(id: "nama", en: "name")
        case .id: Localized(id: "id", en: "id")
        case .owner: Localized(id: "pemilik", en: "owner")
        case .sector: Localized(id: "sektor", en: "sector")
        case .region: Localized(id: "wilayah", en: "region")
        case .scale: Localized(id: "skala", en: "scale")
        case .employees: Localized(id: "pekerja", en: "employees")
        case .online: Localized(id: "daring", en: "online")
        case .channels: Localized(id: "kanal", en: "channels")
        case .yearFounded: Localized(id: "tahun berdiri", en: "year founded")
        case .sopScore: Localized(id: "skor SOP", en: "SOP score")
        }
    }
}

/// A filter, search and sort over the business registry. Running it returns row indices into
/// `Registry.businesses`, never copies of the rows.
public struct BusinessQuery: Hashable, Sendable {
    public var sector: String?
    /// Wanted region codes; empty for every region. Several at once: Kab. Bogor and Kota Bogor.
    public var regions: Set<String>
    public var scale: Scale?
    public var online: Bool?
    public var channel: Channel?
    public var search: String
    public var sort: BusinessSortField
    public var descending: Bool

    public init(
        sector: String? = nil, region: String? = nil, scale: Scale? = nil, online: Bool? = nil,
        channel: Channel? = nil, search: String = "", sort: BusinessSortField = .name, descending: Bool = false
    ) {
        self.sector = sector
        self.regions = region.map { [$0] } ?? []
        self.scale = scale
        self.online = online
        self.channel = channel
        self.search = search
        self.sort = sort
        self.descending = descending
    }

    /// The one wanted region, when exactly one is.
    public var region: String? {
        get { regions.count == 1 ? regions.first : nil }
        set { regions = newValue.map { [$0] } ?? [] }
    }

    /// True when any filter or search narrows the list.
    public var isFiltered: Bool {
        sector != nil || !regions.isEmpty || scale != nil || online != nil || channel != nil || !search.isEmpty
    }

    public func matches(_ business: Business, searchKey: String) -> Bool {
        if let sector, business.sector != sector { return false }
        if !regions.isEmpty, !regions.contains(business.region) { return false }
        if let scale, business.scale != scale { return false }
        if let online, business.online != online { return false }
        if let channel, !business.channels.contains(channel) { return false }
        if !search.isEmpty, !searchKey.contains(search.lowercased()) { return false }
        return true
    }

    /// Indices of matching businesses, sorted. `scores` gives each business's latest SOP score
    /// (by index) when sorting by it; businesses without a score sort last.
    public func run(on registry: Registry, scores: RowScores = []) -> [Int] {
        Array(select(in: registry, scores: scores).rows)
    }

    /// Indices of matching businesses in registry order, unsorted: enough for counting.
    public func matchingRows(in registry: Registry) -> [Int] {
        let filter = BusinessFilter(self, registry.businesses.columns)
        return matching(filter, registry.businesses.columns, candidates: searchMatches(in: registry)).map { Int($0) }
    }

    /// Narrows an earlier result while the user types more of a search: every match of the longer
    /// text is already among the matches of the shorter one. Keeps the earlier order.
    public func narrowing(_ previous: [Int], in registry: Registry) -> [Int] {
        let columns = registry.businesses.columns
        let filter = BusinessFilter(self, columns)
        let kept = previous.filter { filter.passes($0, columns) }
        guard !search.isEmpty else { return kept }
        let matches = columns.searchIndex.filter(kept.map { Int32($0) }, containing: needle)
        return matches.map { Int($0) }
    }

    public func sorted(_ rows: [Int], in registry: Registry, scores: RowScores = []) -> [Int] {
        let columns = registry.businesses.columns
        if sort == .sopScore { return scoreOrder(rows.map { Int32($0) }, columns, scores: scores) }
        guard let key = BusinessOrder.Key(sort) else { return rows }
        let rank = columns.order(key).rank
        let ascending = rows.sorted { rank[$0] == rank[$1] ? $0 < $1 : rank[$0] < rank[$1] }
        return descending ? ascending.reversed() : ascending
    }

    /// The lower-cased search text as bytes.
    var needle: [UInt8] { Array(search.lowercased().utf8) }

    /// Rows (ascending) whose name, owner or id contain the search text; nil when there is no
    /// search. With `previous`, the matches of a shorter search this one extends, only those are
    /// checked.
    public func searchMatches(in registry: Registry, narrowing previous: [Int32]? = nil) -> [Int32]? {
        guard !search.isEmpty else { return nil }
        return registry.businesses.columns.searchIndex.rows(containing: needle, among: previous)
    }
}
