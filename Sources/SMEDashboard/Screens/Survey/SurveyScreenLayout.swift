import TerminalUI

/// Where the Survey screen puts things: two header lines, the figures table, a line about the
/// selected row and the footnotes; and which table columns fit, at what width. Update uses it
/// for page sizes and mouse clicks, render for drawing.
struct SurveyScreenLayout: Hashable {
    /// A column of the figures table.
    enum Column: Hashable {
        case label, n, count, share, interval, flag
        case weighted, weightedInterval, national
        case earlier, change, changeInterval, significance
        case bar
    }

    static let markerWidth = 2
    static let spacing = 1
    static let maximumLabelWidth = 28
    static let preferredBarWidth = 10
    static let minimumBarWidth = 8

    var header: Rect
    var table: Rect
    var detail: Rect
    var notes: Rect
    var columns: [Column]
    var widths: [Int]

    /// Rows that fit below the table header: the page size for PgUp/PgDn.
    var pageSize: Int { max(table.height - 1, 1) }

    /// Lays out `area` for a table of `rowCount` rows whose columns want `natural` widths (the
    /// widest cell or title of each) and `noteLines` lines of footnotes.
    init(area: Rect, rowCount: Int, natural: [Column: Int], isComparing: Bool, noteLines: Int) {
        let headerHeight = min(2, area.height)
        let rest = area.height - headerHeight
        let detailHeight = rest >= 4 ? 1 : 0
        let available = rest - detailHeight
        let tableWant = rowCount + 1
        let tableHeight = available >= tableWant + noteLines
            ? tableWant
            : min(available, max(min(tableWant, 6), available - noteLines))
        let noteHeight = min(noteLines, max(available - tableHeight, 0))
        header = Rect(x: area.x, y: area.y, width: area.width, height: headerHeight)
        table = Rect(x: area.x, y: area.y + headerHeight, width: area.width, height: tableHeight)
        detail = Rect(x: area.x, y: table.bottom, width: area.width, height: detailHeight)
        notes = Rect(x: area.x, y: detail.bottom, width: area.width, height: noteHeight)
        (columns, widths) = Self.fit(width: area.width, natural: natural, isComparing: isComparing)
    }

    /// Chooses columns and widths for `width` cells: every number first; the bar takes what is
    /// left, the label shrinks before the bar goes, and the count column goes last of all (its
    /// number is also in the line under the table).
    static func fit(width: Int, natural: [Column: Int], isComparing: Bool) -> ([Column], [Int]) {
        var columns: [Column] = [.label, .n, .count, .share, .interval, .flag, .national, .weighted, .weightedInterval]
        if isComparing { columns += [.earlier, .change, .changeInterval, .significance] }
        // Only the columns the figures have (an opt-in wave has no interval columns).
        columns.removeAll { natural[$0] == nil }
        var label = min(natural[.label] ?? 0, maximumLabelWidth)
        func used(_ columns: [Column]) -> Int {
            markerWidth + columns.reduce(0) { $0 + ($1 == .label ? label : natural[$1] ?? 0) }
                + spacing * max(columns.count - 1, 0)
        }
        func barRoom(_ columns: [Column]) -> Int { width - used(columns) - spacing }
        if barRoom(columns) < preferredBarWidth {
            label = max(min(label, 12), label - (preferredBarWidth - barRoom(columns)))
        }
        // The weighted interval gives way first: the weighted share says the most in one column.
        if barRoom(columns) < 0, columns.contains(.weightedInterval) {
            columns.removeAll { $0 == .weightedInterval }
        }
        if barRoom(columns) < minimumBarWidth, isComparing {
            columns.removeAll { $0 == .count }
            label = min(natural[.label] ?? 0, maximumLabelWidth)
            if barRoom(columns) < preferredBarWidth {
                label = max(min(label, 12), label - (preferredBarWidth - barRoom(columns)))
            }
        }
        var widths = columns.map { $0 == .label ? label : natural[$0] ?? 0 }
        let room = barRoom(columns)
        if room >= minimumBarWidth {
            columns.append(.bar)
            widths.append(room)
        } else if room < 0 {
            // Still too wide: the label gives way, down to a few letters.
            widths[0] = max(label + room, min(label, 6))
        }
        return (columns, widths)
    }

    /// The cells of the bar column, nil when the bar did not fit.
    var barColumn: (x: Int, width: Int)? {
        guard let index = columns.firstIndex(of: .bar) else { return nil }
        let x = table.x + Self.markerWidth + widths[..<index].reduce(0, +) + Self.spacing * index
        let width = min(widths[index], table.right - x)
        return width > 0 ? (x, width) : nil
    }
}
