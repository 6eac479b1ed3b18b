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
    public var region: String?
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
        self.region = region
        self.scale = scale
        self.online = online
        self.channel = channel
        self.search = search
        self.sort = sort
        self.descending = descending
    }

    /// True when any filter or search narrows the list.
    public var isFiltered: Bool {
        sector != nil || region != nil || scale != nil || online != nil || channel != nil || !search.isEmpty
    }

    public func matches(_ business: Business, searchKey: String) -> Bool {
        if let sector, business.sector != sector { return false }
        if let region, business.region != region { return false }
        if let scale, business.scale != scale { return false }
        if let online, business.online != online { return false }
        if let channel, !business.channels.contains(channel) { return false }
        if !search.isEmpty, !searchKey.contains(search.lowercased()) { return false }
        return true
    }

    /// Indices of matching businesses, sorted. `scores` gives each business's latest SOP score
    /// (by index) when sorting by it; businesses without a score sort last.
    public func run(on registry: Registry, scores: [Double?] = []) -> [Int] {
        var rows: [Int] = []
        for (index, business) in registry.businesses.enumerated()
        where matches(business, searchKey: registry.businessSearchKeys[index]) {
            rows.append(index)
        }
        return sorted(rows, in: registry, scores: scores)
    }

    /// Narrows an earlier result while the user types more of a search: every match of the longer
    /// text is already among the matches of the shorter one.
    public func narrowing(_ previous: [Int], in registry: Registry) -> [Int] {
        previous.filter { matches(registry.businesses[$0], searchKey: registry.businessSearchKeys[$0]) }
    }

    public func sorted(_ rows: [Int], in registry: Registry, scores: [Double?] = []) -> [Int] {
        let businesses = registry.businesses
        let names = registry.businessNameKeys
        func ascending(_ a: Int, _ b: Int) -> Bool {
            let x = businesses[a], y = businesses[b]
            switch sort {
            case .name: return names[a] == names[b] ? a < b : names[a] < names[b]
            case .id: return x.id < y.id
            case .owner: return tieBreak(compare(x.owner, y.owner), a, b)
            case .sector: return tieBreak(compare(x.sector, y.sector), a, b)
            case .region: return tieBreak(compare(x.region, y.region), a, b)
            case .scale: return tieBreak(x.scale == y.scale ? nil : x.scale < y.scale, a, b)
            case .employees: return tieBreak(x.employees == y.employees ? nil : x.employees < y.employees, a, b)
            case .online: return tieBreak(x.online == y.online ? nil : !x.online, a, b)
            case .channels: return tieBreak(x.channels.count == y.channels.count ? nil : x.channels.count < y.channels.count, a, b)
            case .yearFounded: return tieBreak(x.yearFounded == y.yearFounded ? nil : x.yearFounded < y.yearFounded, a, b)
            case .sopScore:
                let sx = a < scores.count ? scores[a] : nil, sy = b < scores.count ? scores[b] : nil
                switch (sx, sy) {
                case let (l?, r?): return tieBreak(l == r ? nil : l < r, a, b)
                case (nil, nil): return tieBreak(nil, a, b)
                case (_?, nil): return !descending
                case (nil, _?): return descending
                }
            }
        }
        func tieBreak(_ primary: Bool?, _ a: Int, _ b: Int) -> Bool {
            if let primary { return primary }
            return names[a] == names[b] ? a < b : names[a] < names[b]
        }
        let ascendingRows = rows.sorted(by: ascending)
        return descending ? ascendingRows.reversed() : ascendingRows
    }

    private func compare(_ x: String, _ y: String) -> Bool? {
        let lx = x.lowercased(), ly = y.lowercased()
        return lx == ly ? nil : lx < ly
    }
}
