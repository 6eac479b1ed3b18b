/// A column of a report table: a stable machine key (CSV data header, JSON field) and a title in
/// the report's language.
public struct ReportColumn: Hashable, Sendable {
    public var key: String
    public var title: String
    /// The table's main text (an item's wording): printed outputs give it most of the width.
    public var isWide: Bool
    /// A title neighbouring columns share ("SK 95%" over "Bawah" and "Atas"): printed outputs
    /// put it in a header row above them, flat outputs (CSV, XLSX, JSON) in front of the title.
    public var span: String?

    public init(key: String, title: String, isWide: Bool = false, span: String? = nil) {
        self.key = key
        self.title = title
        self.isWide = isWide
        self.span = span
    }

    /// The title for outputs with one header row: "SK 95% bawah".
    public var flatTitle: String {
        span.map { "\($0) \(title.lowercased())" } ?? title
    }
}

/// A row with the emphasis printed outputs give it.
public struct ReportRow: Hashable, Sendable {
    public enum Emphasis: String, Hashable, Sendable {
        case normal
        /// A total or summary row, printed bold.
        case total
        /// A figure not to be trusted (unreliable survey row), printed grey and italic.
        case muted
        /// A failure the reader must see (failed item), printed bold.
        case alert
    }

    public var cells: [ReportCell]
    public var emphasis: Emphasis

    public init(_ cells: [ReportCell], emphasis: Emphasis = .normal) {
        self.cells = cells
        self.emphasis = emphasis
    }
}

/// A table of a report. Each table becomes one sheet in XLSX and one section in CSV.
public struct ReportTable: Hashable, Sendable {
    /// Stable name: the JSON key, the CSV `--table` choice and the base of the sheet name.
    public var key: String
    public var title: String
    public var columns: [ReportColumn]
    public var rows: [ReportRow]
    /// A column whose value changes start a new group (a checklist section). Printed outputs show
    /// it as a spanning row instead of a column; data outputs keep the column.
    public var groupColumn: String?
    /// The full, numbered title printed above the table ("Tabel 1. …"); `title` stays short for
    /// sheet names.
    public var caption: String?
    /// Where the figures come from ("Sumber: …"), printed under the table.
    public var source: String?

    public init(key: String, title: String, columns: [ReportColumn], rows: [ReportRow], groupColumn: String? = nil,
                caption: String? = nil, source: String? = nil) {
        self.key = key
        self.title = title
        self.columns = columns
        self.rows = rows
        self.groupColumn = groupColumn
        self.caption = caption
        self.source = source
    }

    /// The title printed above the table.
    public var printedTitle: String { caption ?? title }

    /// The index of the grouping column, when there is one.
    public var groupIndex: Int? {
        groupColumn.flatMap { key in columns.firstIndex { $0.key == key } }
    }

    /// Row groups for printed outputs: the group title (nil when the table is not grouped) and
    /// the rows in it, in order.
    public var groups: [(title: String?, rows: [ReportRow])] {
        guard let index = groupIndex else { return [(nil, rows)] }
        var out: [(title: String?, rows: [ReportRow])] = []
        for row in rows {
            let title = index < row.cells.count ? CellText.plain(row.cells[index]) : ""
            if let last = out.last, last.title == title {
                out[out.count - 1].rows.append(row)
            } else {
                out.append((title, [row]))
            }
        }
        return out
    }

    /// Runs of neighbouring printed columns under one span title, as positions in
    /// `printedColumnIndices`.
    public var printedSpans: [(title: String, positions: Range<Int>)] {
        let indices = printedColumnIndices
        var spans: [(title: String, positions: Range<Int>)] = []
        for (position, index) in indices.enumerated() {
            guard let span = columns[index].span else { continue }
            if let last = spans.last, last.title == span, last.positions.upperBound == position {
                spans[spans.count - 1].positions = last.positions.lowerBound..<(position + 1)
            } else {
                spans.append((span, position..<(position + 1)))
            }
        }
        return spans
    }

    /// The columns printed outputs show: all but the grouping column.
    public var printedColumnIndices: [Int] {
        let group = groupIndex
        return columns.indices.filter { $0 != group }
    }
}
