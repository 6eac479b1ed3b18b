import SMEModel
import TerminalUI

/// State of the Businesses screen: the sector list on the left, the filtered table on the right,
/// the search line and the detail view.
public struct BusinessesScreen: Hashable, Sendable {
    public enum Focus: Hashable, Sendable { case sidebar, table }

    /// Cooperative table sort orders.
    public enum CooperativeSort: String, CaseIterable, Hashable, Sendable {
        case name, region, members, assets, lastRAT

        var label: Localized {
            switch self {
            case .name: Localized(id: "nama", en: "name")
            case .region: Localized(id: "wilayah", en: "region")
            case .members: Localized(id: "anggota", en: "members")
            case .assets: Localized(id: "aset", en: "assets")
            case .lastRAT: Localized(id: "RAT terakhir", en: "last RAT")
            }
        }
    }

    public var focus: Focus = .table
    /// 0 = all businesses, 1…n = the registry's sectors, n+1 = cooperatives.
    public var sidebarSelection: Int = 0
    public var query = BusinessQuery()
    /// Matching business indices (or cooperative indices in the cooperative view), in display order.
    public var rows: SelectedRows = []
    /// Matches per sidebar entry under the other filters, so the list shows where things are.
    public var sidebarCounts: [Int] = []
    public var selection: Int = 0
    public var offset: Int = 0
    /// Non-nil while the user types a search.
    public var search: TextField?
    /// The business (or cooperative) index whose details are open.
    public var detail: Int?
    public var detailScroll: Int = 0
    public var showsPersonalData: Bool = false
    public var cooperativeSort: CooperativeSort = .name
    /// The business table's columns, in the order chosen (the column picker, saved in settings).
    public var columns: [BusinessColumn] = BusinessColumn.defaultOrder
    /// Filters of the cooperative view; the business filters (scale, online, channel) do not
    /// apply to cooperatives.
    public var cooperativeType: CooperativeType?
    public var cooperativeActive: Bool?
    /// The column list, when open (C).
    public var columnEditor: ColumnEditor?
    /// The frequency or pivot view over the list, when open (Shift+F).
    public var frequency: FrequencyView?
    /// Values a drill-down from the frequency view narrowed the list to; x clears them.
    public var drill: [DrillFilter] = []
    /// The supervision worklist: only cooperatives with no RAT in this year or the one before.
    public var ratWorklistYear: Int?
    public var cooperativeDescending = false
    /// Only the businesses the last accepted import batch added or changed.
    public var lastImportOnly = false
    /// Matches of recent search texts, for narrowing while typing.
    public var searchMemo = SearchMemo()

    public init(data: DashboardData) {
        recompute(data)
    }

    public var sectorCount: Int { sidebarCounts.count - 2 }

    /// True when the list on screen is narrowed: the cooperative view has its own filters.
    public var isFiltered: Bool {
        isShowingCooperatives
            ? !query.regions.isEmpty || !query.search.isEmpty || cooperativeType != nil || cooperativeActive != nil || ratWorklistYear != nil || !drill.isEmpty
            : query.isFiltered || lastImportOnly || !drill.isEmpty
    }
    public var isShowingCooperatives: Bool { sidebarSelection == sidebarCounts.count - 1 }

    /// The business or cooperative index under the selection.
    public var selectedRow: Int? { rows.indices.contains(selection) ? rows[selection] : nil }

    /// Re-runs the query and the sidebar counts after a filter, search or sort change, keeping the
    /// selected business selected when it still matches. One pass over the columns (or over the
    /// rows matching the search, narrowed from the previous keystroke's) gives both.
    public mutating func recompute(_ data: DashboardData) {
        let registry = data.registry
        let kept = selectedRow
        // The business list needs only the cooperatives' count for the sidebar: sorting them
        // (16,000 in West Java) on every keystroke is left to the cooperative view itself.
        let cooperatives = isShowingCooperatives ? cooperativeRows(data) : []
        let cooperativeCount = isShowingCooperatives ? cooperatives.count : matchingCooperatives(data).count
        let matches = searchMemo.matches(for: query, in: registry)
        let result = query.select(in: registry, scores: data.scores, searchMatches: matches)
        sidebarCounts = [result.allSectorsCount] + result.sectorCounts + [cooperativeCount]
        rows = isShowingCooperatives ? SelectedRows(cooperatives) : result.rows
        if lastImportOnly, !isShowingCooperatives {
            let ids = ImportEntry.lastAccepted(data.imports)?.batch.applied ?? []
            let wanted = Set(ids.compactMap { registry.businessIndex($0) })
            rows = SelectedRows(rows.filter { wanted.contains($0) })
        }
        if !drill.isEmpty {
            let businesses = registry.businesses, cooperatives = registry.cooperatives
            rows = SelectedRows(isShowingCooperatives
                ? rows.filter { row in drill.allSatisfy { $0.matches(cooperatives[row]) } }
                : rows.filter { row in drill.allSatisfy { $0.matches(businesses[row]) } })
        }
        if let kept, let position = rows.position(of: kept, within: Self.keptRowSearch) {
            selection = position
        } else {
            selection = min(selection, max(rows.count - 1, 0))
        }
    }

    /// How far down a walked list the selected business is looked for after a change: further
    /// than this (only in registries of millions) the list keeps its place instead, since
    /// walking ten million rows to it would take longer than a keystroke may.
    static let keptRowSearch = 500_000

    /// Cooperatives matching the region, sector and search filters (scale, online and channel do
    /// not apply to cooperatives), in the chosen order.
    func cooperativeRows(_ data: DashboardData) -> [Int] {
        let cooperatives = data.registry.cooperatives
        let matching = matchingCooperatives(data)
        // Names folded once, not twice per comparison.
        let names = cooperativeSort == .name ? Dictionary(uniqueKeysWithValues: matching.map { ($0, cooperatives[$0].name.lowercased()) }) : [:]
        let sorted = matching.sorted { a, b in
            let x = cooperatives[a], y = cooperatives[b]
            switch cooperativeSort {
            case .name: return (names[a] ?? "", a) < (names[b] ?? "", b)
            case .region: return (x.region, x.name) < (y.region, y.name)
            case .members: return (x.members, x.name) < (y.members, y.name)
            case .assets: return (x.assets, x.name) < (y.assets, y.name)
            case .lastRAT: return (x.lastRATYear ?? 0, x.name) < (y.lastRATYear ?? 0, y.name)
            }
        }
        return cooperativeDescending ? sorted.reversed() : sorted
    }

    /// Cooperatives matching the view's filters and the search, in registry order.
    func matchingCooperatives(_ data: DashboardData) -> [Int] {
        let needle = Array(query.search.lowercased().utf8)
        let cooperatives = data.registry.cooperatives
        let keys = needle.isEmpty ? [] : data.cooperativeKeys.keys(cooperatives)
        return cooperatives.indices.filter { index in
            let c = cooperatives[index]
            return (query.regions.isEmpty || query.regions.contains(c.region))
                && (cooperativeType == nil || c.type == cooperativeType)
                && (cooperativeActive == nil || c.active == cooperativeActive)
                && (ratWorklistYear.map { c.needsRATFollowUp(in: $0) } ?? true)
                && (needle.isEmpty || ByteSearch.contains(keys[index], needle))
        }
    }
}
