import SMEModel

/// VisiData's Shift+F on the Businesses screen: counts of the records on the list by one column,
/// or a pivot of two, sorted by count, with Enter drilling into a row's records.
public struct FrequencyView: Hashable, Sendable {
    public var table: FrequencyTable
    /// What was counted: the cooperative view's records or the businesses.
    public var countsCooperatives: Bool
    /// Row order: by count (largest first) or in the column's natural order.
    public var byCount = true
    public var selection = 0
    public var offset = 0
    /// The pivot column under the cursor; nil is the row's total.
    public var column: Int?

    public init(table: FrequencyTable, countsCooperatives: Bool) {
        self.table = table
        self.countsCooperatives = countsCooperatives
    }

    /// Row indices of the table in display order.
    public var order: [Int] {
        let indices = Array(table.rows.indices)
        guard byCount else { return indices }
        return indices.sorted { table.rowTotals[$0] != table.rowTotals[$1] ? table.rowTotals[$0] > table.rowTotals[$1] : $0 < $1 }
    }

    /// The filter a drill into the selected row (and pivot column) applies.
    public var drill: [DrillFilter] {
        let order = order
        guard order.indices.contains(selection) else { return [] }
        var filters = [DrillFilter(dimension: table.dimensions[0], value: table.rows[order[selection]])]
        if let column, table.isPivot, table.columns.indices.contains(column) {
            filters.append(DrillFilter(dimension: table.dimensions[1], value: table.columns[column]))
        }
        return filters
    }
}

/// One "column = value" the list is narrowed to after a drill-down from a frequency view.
public struct DrillFilter: Hashable, Sendable {
    public var dimension: FrequencyDimension
    public var value: FrequencyTable.Value

    public func matches(_ business: Business) -> Bool {
        FrequencyTable.keys(of: business, dimension).contains(value.key)
    }

    public func matches(_ cooperative: Cooperative) -> Bool {
        FrequencyTable.keys(of: cooperative, dimension).contains(value.key)
    }

    /// "Wilayah = Kota Bandung".
    public func label(_ language: Language) -> String {
        dimension.title(language) + " = " + value.label(language)
    }
}
