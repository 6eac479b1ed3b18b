import SMEModel

/// htop's F2 for the business table: every column in order, shown or hidden; Space shows or
/// hides, K/J move, and the table follows at once (the choice is saved in the settings).
public struct ColumnEditor: Hashable, Sendable {
    /// Every column: the shown ones in their order, then the hidden ones.
    public var order: [BusinessColumn]
    public var shown: Set<BusinessColumn>
    public var selection = 0

    public init(columns: [BusinessColumn]) {
        order = columns + BusinessColumn.allCases.filter { !columns.contains($0) }
        shown = Set(columns)
    }

    /// The table's columns as chosen.
    public var columns: [BusinessColumn] { order.filter(shown.contains) }

    /// Shows or hides the selected column; the name always stays.
    mutating func toggle() -> Bool {
        guard let column = order[safe: selection], column != .name else { return false }
        if shown.remove(column) == nil { shown.insert(column) }
        return true
    }

    mutating func move(by offset: Int) {
        let target = selection + offset
        guard order.indices.contains(selection), order.indices.contains(target) else { return }
        order.swapAt(selection, target)
        selection = target
    }
}
