import SMEModel
import TerminalUI

/// The lines of a checklist as the SOP and Assess screens list them: a header per section, then
/// its items (or a note that the section is empty). Selection counts items only.
struct ChecklistRows: Hashable, Sendable {
    enum Row: Hashable, Sendable {
        case section(Int)
        /// Item `item` of section `section`; `flat` is its index in `Checklist.items`.
        case item(section: Int, item: Int, flat: Int)
        case emptySection(Int)
    }

    let rows: [Row]
    /// The row of each item, by its index in `Checklist.items`.
    let itemRows: [Int]

    init(_ checklist: Checklist) {
        var rows: [Row] = []
        var itemRows: [Int] = []
        var flat = 0
        for (sectionIndex, section) in checklist.sections.enumerated() {
            rows.append(.section(sectionIndex))
            if section.items.isEmpty { rows.append(.emptySection(sectionIndex)) }
            for itemIndex in section.items.indices {
                itemRows.append(rows.count)
                rows.append(.item(section: sectionIndex, item: itemIndex, flat: flat))
                flat += 1
            }
        }
        self.rows = rows
        self.itemRows = itemRows
    }

    /// The first visible row that keeps the selected item on screen, moving as little as
    /// possible, and showing the section header too when the item is the first of its section.
    func offset(selection: Int, current: Int, visibleRows: Int) -> Int {
        guard visibleRows > 0, let row = itemRows[safe: selection] else {
            return min(max(current, 0), max(rows.count - visibleRows, 0))
        }
        var offset = Table.scrollOffset(selection: row, current: current, visibleRows: visibleRows, rowCount: rows.count)
        if row > 0, row - 1 < offset, case .section = rows[row - 1] { offset = row - 1 }
        return max(offset, 0)
    }

    /// The item index under a visible row, if that row is an item.
    func item(atRow row: Int) -> Int? {
        guard case .item(_, _, let flat)? = rows[safe: row] else { return nil }
        return flat
    }
}
