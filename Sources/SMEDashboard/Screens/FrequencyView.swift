import SMEModel
import TerminalUI

/// VisiData's Shift+F on the Businesses screen: counts of the records on the list by one column,
/// or a pivot of two, sorted by count, with Enter drilling into a row's records.
public struct FrequencyView: Hashable, Sendable {
    /// What was counted.
    public enum Subject: String, Hashable, Sendable {
        case businesses, cooperatives, responses

        public var plural: Localized {
            switch self {
            case .businesses: Localized(id: "usaha", en: "businesses")
            case .cooperatives: Localized(id: "koperasi", en: "cooperatives")
            case .responses: Localized(id: "jawaban survei", en: "survey responses")
            }
        }
    }

    public var table: FrequencyTable
    public var subject: Subject

    /// What a screen says to a key the open view does not take, and to E with no view open.
    static let closeFirst = Localized(id: "Esc menutup tabel frekuensi dulu", en: "Esc closes the frequency table first")
    static let openFirst = Localized(id: "Buka dulu tabel frekuensi (Shift+F), lalu E mengekspornya",
                                     en: "Open a frequency table first (Shift+F); E then exports it")
    public var countsCooperatives: Bool { subject == .cooperatives }
    /// Row order: by count (largest first) or in the column's natural order.
    public var byCount = true
    public var selection = 0
    public var offset = 0
    /// The pivot column under the cursor; nil is the row's total.
    public var column: Int?

    public init(table: FrequencyTable, subject: Subject) {
        self.table = table
        self.subject = subject
    }

    /// Moves the cursor: rows up and down, pivot columns left and right. False for Enter and Esc,
    /// which the screen handles (drill-down and close).
    mutating func move(_ command: ListCommand, page: Int) -> Bool {
        let count = table.rows.count
        switch command {
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom:
            selection = command.moved(selection, count: count, page: page)
            offset = Table.scrollOffset(selection: selection, current: offset, visibleRows: max(page, 1), rowCount: count)
        case .focusLeft:
            if let column { self.column = column == 0 ? nil : column - 1 }
        case .focusRight:
            if table.isPivot { column = min((column ?? -1) + 1, table.columns.count - 1) }
        case .open, .back:
            return false
        }
        return true
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
