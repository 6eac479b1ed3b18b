/// The registry's businesses as a random-access collection over the column store: subscripting
/// makes one `Business` value; the field accessors read a single column without making one, for
/// loops over all rows.
public struct BusinessList: RandomAccessCollection, Sendable, Equatable {
    let columns: BusinessColumns

    init(columns: BusinessColumns) {
        self.columns = columns
    }

    /// Stores `businesses` by column; `sectorKeys` and `regionCodes` (the registry's order) get
    /// the first codes.
    public init(_ businesses: [Business], sectorKeys: [String] = [], regionCodes: [String] = []) {
        columns = BusinessColumns.make(businesses, sectorKeys: sectorKeys, regionCodes: regionCodes)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { columns.count }

    public subscript(position: Int) -> Business { columns.business(position) }

    public static func == (lhs: BusinessList, rhs: BusinessList) -> Bool {
        lhs.columns === rhs.columns || lhs.elementsEqual(rhs)
    }

    // MARK: - Single fields

    public func id(at row: Int) -> String { columns.string(row, .id) }
    public func name(at row: Int) -> String { columns.string(row, .name) }
    public func sector(at row: Int) -> String { columns.sectorValues[Int(columns.sectorCodes[row])] }
    public func region(at row: Int) -> String { columns.regionValues[Int(columns.regionCodes[row])] }
    public func scale(at row: Int) -> Scale { Scale.allCases[Int(columns.scales[row])] }
    public func isOnline(at row: Int) -> Bool { columns.online[row] != 0 }
    public func status(at row: Int) -> OperatingStatus { OperatingStatus.allCases[Int(columns.statuses[row])] }
    public func channels(at row: Int) -> [Channel] { columns.channels(row) }

    /// The row of the business with this id.
    public func index(ofID id: String) -> Int? { columns.ids.row(of: id) }

    /// Whether every row's sector key is one of `keys`, read from the sector codes' values alone.
    public func areAll(inSectors keys: Set<String>) -> Bool {
        columns.sectorValues.allSatisfy(keys.contains)
    }

    /// Rows whose sector key is one of `keys`, in registry order, without making `Business` values.
    public func rows(inSectors keys: Set<String>) -> [Int] {
        let wanted = columns.sectorValues.map { keys.contains($0) }
        return indices.filter { wanted[Int(columns.sectorCodes[$0])] }
    }

    /// Prepares the name order now (it is otherwise built on first use), and optionally the other
    /// sort orders and the search keys, so later keystrokes find them ready.
    public func prepareIndexes(allOrders: Bool = false) {
        _ = columns.order(.name)
        guard allOrders else { return }
        for key in [BusinessOrder.Key.id, .scale, .region, .sector, .employees, .online, .channels, .yearFounded, .owner] {
            _ = columns.order(key)
        }
        // A name order read from a column snapshot left the search keys unbuilt: the first letter
        // typed would wait for them. The name ranks order every short result and the score sort.
        _ = columns.searchIndex
        _ = columns.order(.name).rank
        _ = columns.filterCounts
        // Building them read every text of a mapped snapshot (two gigabytes at ten million rows);
        // only what the screen shows needs to stay resident.
        columns.text.releaseMappedPages()
    }
}
