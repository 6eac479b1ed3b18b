import SMEModel

/// Places a report table on the page flow: column widths from the content, wrapped cells, a
/// header row repeated on every page the table continues on, and group rows kept with the row
/// after them.
struct PDFTableLayout {
    let flow: PDFPageFlow
    let language: Language

    private let padding = 3.0
    private let verticalPadding = 2.5
    private let ruleGray = 0.45
    /// Rows measured to choose column widths; later rows wrap into the widths chosen.
    private let measuredRows = 250

    /// Smaller type for tables too wide for the page at the normal size (survey comparisons).
    var isCompact = false

    private var headerStyle: PDFFonts.Style { isCompact ? .tableHeaderCompact : .tableHeader }

    private func style(_ emphasis: ReportRow.Emphasis) -> PDFFonts.Style {
        switch emphasis {
        case .normal: isCompact ? .cellCompact : .cell
        case .total, .alert: isCompact ? .cellBoldCompact : .cellBold
        case .muted: isCompact ? .cellMutedCompact : .cellMuted
        }
    }

    func place(_ table: ReportTable) throws(ReportError) {
        let indices = table.printedColumnIndices
        guard !indices.isEmpty else { return }
        let numeric = indices.map { index in table.rows.contains { index < $0.cells.count && $0.cells[index].isNumeric } }
        // Numbers and codes (ids, item keys) are never wrapped.
        let unbroken = indices.map { index in
            table.rows.contains { index < $0.cells.count && ($0.cells[index].isNumeric || $0.cells[index].isCode) }
        }
        let (widths, fits) = try columnWidths(table, indices: indices, numeric: unbroken)
        if !fits && !isCompact {
            var compact = self
            compact.isCompact = true
            return try compact.place(table)
        }
        let title = try flow.text(table.title, .bodyBold, width: flow.contentWidth)
        let header = try headerCells(table, indices: indices, numeric: numeric, widths: widths)
        let headerHeight = (header.map(\.height).max() ?? 0) + 2 * verticalPadding
        let groups = table.groups
        var firstHeight = 14.0
        if let row = groups.first?.rows.first {
            firstHeight = rowHeight(try rowCells(row, indices: indices, numeric: numeric, widths: widths))
        }
        flow.ensure(title.height + 3 + headerHeight + firstHeight + (groups.first?.title == nil ? 0 : 14))
        flow.add(.text(title, x: flow.left, y: flow.y, gray: 0))
        flow.advance(title.height + 3)
        drawHeader(header, widths: widths, height: headerHeight)
        if table.rows.isEmpty {
            let dash = try flow.text("–", style(.normal), width: flow.contentWidth - 2 * padding)
            try drawRow([dash], widths: [flow.contentWidth], height: dash.height + 2 * verticalPadding, fill: nil, gray: 0,
                        header: header, headerWidths: widths, headerHeight: headerHeight)
        }
        for group in groups {
            // The first row is laid out ahead so the group title can be kept with it.
            var first: [PDFText]?
            if let row = group.rows.first { first = try rowCells(row, indices: indices, numeric: numeric, widths: widths) }
            if let groupTitle = group.title {
                let box = try flow.text(groupTitle, style(.total), width: flow.contentWidth - 2 * padding)
                let height = box.height + 2 * verticalPadding
                if height + (first.map { rowHeight($0) } ?? 0) > flow.remaining {
                    flow.newPage()
                    drawHeader(header, widths: widths, height: headerHeight)
                }
                try drawRow([box], widths: [flow.contentWidth], height: height, fill: 0.93, gray: 0,
                            header: header, headerWidths: widths, headerHeight: headerHeight)
            }
            for (offset, row) in group.rows.enumerated() {
                let boxes = if offset == 0, let first { first } else { try rowCells(row, indices: indices, numeric: numeric, widths: widths) }
                try drawRow(boxes, widths: widths, height: rowHeight(boxes), fill: row.emphasis == .total ? 0.96 : nil,
                            gray: row.emphasis == .muted ? 0.4 : 0, header: header, headerWidths: widths, headerHeight: headerHeight)
            }
        }
        flow.advance(8)
    }

    // MARK: - Widths

    /// The widths, and whether the columns fit without squeezing words and numbers.
    private func columnWidths(_ table: ReportTable, indices: [Int], numeric: [Bool]) throws(ReportError) -> ([Double], Bool) {
        // Natural: the widest line unwrapped. Least: the longest word, so words are not broken.
        var natural: [Double] = []
        var least: [Double] = []
        for (position, index) in indices.enumerated() {
            // Headers may wrap at spaces; number and code columns are sized by their values.
            let title = table.columns[index].title
            let word = try flow.text(Self.longestWord(title), headerStyle).inkWidth
            natural.append(numeric[position] ? min(word, 24) : try flow.text(title, headerStyle).inkWidth)
            least.append(word)
        }
        for row in table.rows.prefix(measuredRows) {
            let style = style(row.emphasis)
            for (position, index) in indices.enumerated() where index < row.cells.count {
                let text = CellText.display(row.cells[index], language)
                for line in text.reportLines where !line.isEmpty {
                    natural[position] = max(natural[position], try flow.text(line, style).inkWidth)
                }
                if !numeric[position] {
                    least[position] = max(least[position], try flow.text(Self.longestWord(text), style).inkWidth)
                }
            }
        }
        let available = flow.contentWidth
        let extraSpace = 2 * padding + 0.5
        natural = natural.map { min($0 + extraSpace, available) }
        let total = natural.reduce(0, +)
        if total <= available {
            return (natural.map { $0 * available / total }, true)
        }
        // Numbers keep their width; text keeps its longest word (up to a limit) and the main
        // column a third of the line; the rest is shared by how much more each would need.
        let minimum = indices.enumerated().map { position, index in
            guard !numeric[position] else { return natural[position] }
            var width = min(max(least[position] + extraSpace, 30), 64, natural[position])
            if table.columns[index].isWide { width = max(width, min(natural[position], available * 0.27)) }
            return width
        }
        let minimumSum = minimum.reduce(0, +)
        guard minimumSum < available else {
            // Too many columns: numbers and codes stay whole, text columns shrink together.
            let fixed = zip(minimum, numeric).reduce(0) { $0 + ($1.1 ? $1.0 : 0) }
            let textShare = max(available - fixed, available * 0.2)
            let fixedScale = min(1, (available - textShare) / max(fixed, 1))
            let textScale = textShare / max(minimumSum - fixed, 1)
            return (zip(minimum, numeric).map { width, isFixed in width * (isFixed ? fixedScale : textScale) }, false)
        }
        let extra = available - minimumSum
        let wanted = total - minimumSum
        return (zip(natural, minimum).map { width, least in least + (width - least) * extra / wanted }, true)
    }

    static func longestWord(_ text: String) -> String {
        var longest = Substring()
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" }) where word.count > longest.count {
            longest = word
        }
        return String(longest)
    }

    // MARK: - Cells

    private func headerCells(_ table: ReportTable, indices: [Int], numeric: [Bool], widths: [Double]) throws(ReportError) -> [PDFText] {
        try zip(indices, zip(numeric, widths)).map { index, pair throws(ReportError) in
            try flow.text(table.columns[index].title, headerStyle, width: pair.1 - 2 * padding, alignment: pair.0 ? .right : .left)
        }
    }

    private func rowCells(_ row: ReportRow, indices: [Int], numeric: [Bool], widths: [Double]) throws(ReportError) -> [PDFText] {
        let style = style(row.emphasis)
        return try zip(indices, zip(numeric, widths)).map { index, pair throws(ReportError) in
            let text = index < row.cells.count ? CellText.display(row.cells[index], language) : ""
            return try flow.text(text, style, width: pair.1 - 2 * padding, alignment: pair.0 ? .right : .left)
        }
    }

    private func rowHeight(_ cells: [PDFText]) -> Double {
        (cells.map(\.height).max() ?? 0) + 2 * verticalPadding
    }

    // MARK: - Drawing

    private func drawHeader(_ cells: [PDFText], widths: [Double], height: Double) {
        flow.add(.fill(x: flow.left, y: flow.y, width: flow.contentWidth, height: height, gray: 0.86))
        flow.add(.line(x0: flow.left, y0: flow.y, x1: flow.left + flow.contentWidth, y1: flow.y, width: 0.6, gray: ruleGray))
        drawCells(cells, widths: widths, height: height, gray: 0)
        flow.advance(height)
    }

    /// Draws one row, first moving to a new page with the header repeated when it does not fit.
    private func drawRow(_ cells: [PDFText], widths: [Double], height: Double, fill: Double?, gray: Double,
                         header: [PDFText], headerWidths: [Double], headerHeight: Double) throws(ReportError) {
        if height > flow.remaining {
            flow.newPage()
            drawHeader(header, widths: headerWidths, height: headerHeight)
        }
        if let fill {
            flow.add(.fill(x: flow.left, y: flow.y, width: flow.contentWidth, height: height, gray: fill))
        }
        drawCells(cells, widths: widths, height: height, gray: gray)
        flow.advance(height)
    }

    private func drawCells(_ cells: [PDFText], widths: [Double], height: Double, gray: Double) {
        var x = flow.left
        flow.add(.line(x0: x, y0: flow.y, x1: x, y1: flow.y + height, width: 0.4, gray: ruleGray))
        for (cell, width) in zip(cells, widths) {
            flow.add(.text(cell, x: x + padding, y: flow.y + verticalPadding, gray: gray))
            x += width
            flow.add(.line(x0: x, y0: flow.y, x1: x, y1: flow.y + height, width: 0.4, gray: ruleGray))
        }
        flow.add(.line(x0: flow.left, y0: flow.y + height, x1: flow.left + flow.contentWidth, y1: flow.y + height, width: 0.4, gray: ruleGray))
    }
}
