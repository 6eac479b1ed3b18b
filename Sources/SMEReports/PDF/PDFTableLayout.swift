import SMEModel

/// Places a report table on the page flow: column widths from the content, a header that
/// breaks only between words in at most two lines (with a spanning row for columns that share a
/// title), numbers, dates and codes never wrapped, landscape pages for tables too wide for
/// portrait, a header row repeated on every page the table continues on, and group rows kept
/// with the row after them.
struct PDFTableLayout {
    let flow: PDFPageFlow
    let language: Language

    private let padding = 3.0
    private let verticalPadding = 2.5
    private let ruleGray = 0.45
    /// Rows measured to size text columns; later rows wrap into the widths chosen. Number, date
    /// and code columns are measured on every row, since they never wrap.
    private let measuredRows = 250

    /// Smaller type, the last resort for a table too wide even for a landscape page.
    var isCompact = false

    private var headerStyle: PDFFonts.Style { isCompact ? .tableHeaderCompact : .tableHeader }

    private func style(_ emphasis: ReportRow.Emphasis) -> PDFFonts.Style {
        switch emphasis {
        case .normal: isCompact ? .cellCompact : .cell
        case .total, .alert: isCompact ? .cellBoldCompact : .cellBold
        case .muted: isCompact ? .cellMutedCompact : .cellMuted
        }
    }

    /// Whether `table` is too wide for a portrait line at the normal type size.
    func needsLandscape(_ table: ReportTable) throws(ReportError) -> Bool {
        let indices = table.printedColumnIndices
        guard !indices.isEmpty else { return false }
        let unbroken = indices.map { index in table.rows.contains { index < $0.cells.count && $0.cells[index].neverWraps } }
        return try !columnWidths(table, indices: indices, unbroken: unbroken, available: flow.contentWidth(landscape: false)).1
    }

    /// Places `table`; with `reserve` the last two rows go to a new page together unless they
    /// and `reserve` points more (the closing lines and signature after the table) fit.
    func place(_ table: ReportTable, keepingLastRowsWith reserve: Double = 0) throws(ReportError) {
        let indices = table.printedColumnIndices
        guard !indices.isEmpty else { return }
        let numeric = indices.map { index in table.rows.contains { index < $0.cells.count && $0.cells[index].isNumeric } }
        let unbroken = indices.map { index in table.rows.contains { index < $0.cells.count && $0.cells[index].neverWraps } }
        // Portrait at the normal size, else landscape, else landscape in smaller type.
        let options: [(landscape: Bool, compact: Bool)] = [(false, false), (true, false), (true, true)]
        var chosen = options[options.count - 1]
        var widths: [Double] = []
        for option in options {
            var layout = self
            layout.isCompact = option.compact
            let (candidate, fits) = try layout.columnWidths(
                table, indices: indices, unbroken: unbroken, available: flow.contentWidth(landscape: option.landscape))
            widths = candidate
            if fits { chosen = option; break }
        }
        // A table that fits portrait goes back to portrait pages after landscape ones.
        flow.turn(landscape: chosen.landscape)
        var layout = self
        layout.isCompact = chosen.compact
        try layout.draw(table, indices: indices, numeric: numeric, widths: widths, reserve: reserve)
    }

    private func draw(_ table: ReportTable, indices: [Int], numeric: [Bool], widths: [Double], reserve: Double) throws(ReportError) {
        let title = try flow.text(table.printedTitle, .bodyBold, width: flow.contentWidth)
        let header = try Header(layout: self, table: table, indices: indices, numeric: numeric, widths: widths)
        let groups = table.groups
        var firstHeight = 14.0
        if let row = groups.first?.rows.first {
            firstHeight = rowHeight(try rowCells(row, indices: indices, numeric: numeric, widths: widths))
        }
        flow.ensure(title.height + 3 + header.height + firstHeight + (groups.first?.title == nil ? 0 : 14))
        flow.add(.text(title, x: flow.left, y: flow.y, gray: 0))
        flow.advance(title.height + 3)
        drawHeader(header)
        if table.rows.isEmpty {
            let dash = try flow.text("–", style(.normal), width: flow.contentWidth - 2 * padding)
            try drawRow([dash], widths: [flow.contentWidth], height: dash.height + 2 * verticalPadding, fill: nil, gray: 0, header: header)
        }
        let rowCount = table.rows.count
        // The last rows travel with what follows, so a signature never stands alone.
        let tailFrom = max(rowCount - 2, 0)
        var tailHeight = 0.0
        if reserve > 0 {
            for row in table.rows[tailFrom...] { tailHeight += rowHeight(try rowCells(row, indices: indices, numeric: numeric, widths: widths)) }
        }
        /// Whether the rest of the table from here, with `extra` above it, must start a new page
        /// to stay with the reserve.
        func breaksForTail(at drawn: Int, extra: Double) -> Bool {
            guard reserve > 0, drawn == tailFrom, !flow.isAtPageTop else { return false }
            // The space under the table (and its source line) comes before the reserve too.
            let needed = extra + tailHeight + spaceAfter + reserve
            return needed > flow.remaining && needed + header.height < flow.pageContentHeight
        }
        var spaceAfter = 10.0
        if let source = table.source { spaceAfter += 2 + (try flow.text(source, .small, width: flow.contentWidth)).height }
        var drawn = 0
        for group in groups {
            // The first row is laid out ahead so the group title can be kept with it.
            var first: [PDFText]?
            if let row = group.rows.first { first = try rowCells(row, indices: indices, numeric: numeric, widths: widths) }
            if let groupTitle = group.title {
                let box = try flow.text(groupTitle, style(.total), width: flow.contentWidth - 2 * padding)
                let height = box.height + 2 * verticalPadding
                if height + (first.map { rowHeight($0) } ?? 0) > flow.remaining || breaksForTail(at: drawn, extra: height) {
                    flow.newPage()
                    drawHeader(header)
                }
                try drawRow([box], widths: [flow.contentWidth], height: height, fill: 0.93, gray: 0, header: header)
            }
            for (offset, row) in group.rows.enumerated() {
                let boxes = if offset == 0, let first { first } else { try rowCells(row, indices: indices, numeric: numeric, widths: widths) }
                if breaksForTail(at: drawn, extra: 0) {
                    flow.newPage()
                    drawHeader(header)
                }
                try drawRow(boxes, widths: widths, height: rowHeight(boxes), fill: row.emphasis == .total ? 0.96 : nil,
                            gray: row.emphasis == .muted ? 0.25 : 0, header: header)
                drawn += 1
            }
        }
        if let source = table.source {
            flow.advance(2)
            let box = try flow.text(source, .small, width: flow.contentWidth)
            flow.ensure(box.height)
            flow.add(.text(box, x: flow.left, y: flow.y, gray: 0.2))
            flow.advance(box.height)
        }
        flow.advance(8)
    }

    // MARK: - Widths

    /// The widths, and whether the columns fit `available` without breaking a word, a number, a
    /// date or a code, and with every header in at most two lines.
    private func columnWidths(_ table: ReportTable, indices: [Int], unbroken: [Bool], available: Double)
        throws(ReportError) -> ([Double], Bool)
    {
        let extraSpace = 2 * padding + 0.5
        // Natural: the widest line unwrapped. Least: what may not be squeezed further.
        var natural: [Double] = []
        var least: [Double] = []
        for index in indices {
            let title = table.columns[index].title
            natural.append(try flow.text(title, headerStyle).inkWidth)
            least.append(try twoLineWidth(title, headerStyle))
        }
        for (offset, row) in table.rows.enumerated() {
            let style = style(row.emphasis)
            for (position, index) in indices.enumerated() where index < row.cells.count {
                guard unbroken[position] || offset < measuredRows else { continue }
                let text = CellText.display(row.cells[index], language)
                var widest = 0.0
                for line in text.reportLines where !line.isEmpty {
                    widest = max(widest, try flow.text(line, style).inkWidth)
                }
                natural[position] = max(natural[position], widest)
                let least_ = unbroken[position] ? widest : try flow.text(Self.longestWord(text), style).inkWidth
                least[position] = max(least[position], least_)
            }
        }
        // A text column gives way down to its longest word, but not below 30 points, and a very
        // long word (a link) may still break rather than take a third of the line.
        let minimum = indices.enumerated().map { position, index in
            guard !unbroken[position] else { return least[position] + extraSpace }
            var width = min(max(least[position] + extraSpace, 30), max(available * 0.3, least[position] + extraSpace), natural[position] + extraSpace)
            if table.columns[index].isWide { width = max(width, min(natural[position] + extraSpace, available * 0.27)) }
            return width
        }
        natural = zip(natural, minimum).map { max(min($0 + extraSpace, available), $1) }
        var widths = try spanning(table, minimum: minimum)
        let minimumSum = widths.reduce(0, +)
        guard minimumSum <= available else {
            // Still too wide: numbers, dates and codes stay whole; text columns shrink together.
            let fixed = zip(widths, unbroken).reduce(0) { $0 + ($1.1 ? $1.0 : 0) }
            let textShare = max(available - fixed, available * 0.2)
            let fixedScale = min(1, (available - textShare) / max(fixed, 1))
            let textScale = textShare / max(minimumSum - fixed, 1)
            return (zip(widths, unbroken).map { width, isFixed in width * (isFixed ? fixedScale : textScale) }, false)
        }
        natural = zip(natural, widths).map { max($0, $1) }
        let total = natural.reduce(0, +)
        if total <= available {
            return (natural.map { $0 * available / total }, true)
        }
        let extra = available - minimumSum
        let wanted = total - minimumSum
        widths = zip(natural, widths).map { width, least in least + (width - least) * extra / wanted }
        return (widths, true)
    }

    /// Widens the columns under a span title, evenly, until the title fits in two lines above them.
    private func spanning(_ table: ReportTable, minimum: [Double]) throws(ReportError) -> [Double] {
        var widths = minimum
        for span in table.printedSpans {
            let needed = try twoLineWidth(span.title, headerStyle) + 2 * padding + 0.5
            let have = span.positions.reduce(0) { $0 + widths[$1] }
            guard needed > have else { continue }
            for position in span.positions { widths[position] += (needed - have) / Double(span.positions.count) }
        }
        return widths
    }

    /// The narrowest width that sets `text` in at most two lines broken between words.
    private func twoLineWidth(_ text: String, _ style: PDFFonts.Style) throws(ReportError) -> Double {
        let words = text.split(separator: " ")
        var best = try flow.text(text, style).inkWidth
        guard words.count > 1 else { return best }
        for split in 1..<words.count {
            let first = try flow.text(words[..<split].joined(separator: " "), style).inkWidth
            let second = try flow.text(words[split...].joined(separator: " "), style).inkWidth
            best = min(best, max(first, second))
        }
        return best
    }

    static func longestWord(_ text: String) -> String {
        var longest = Substring()
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" }) where word.count > longest.count {
            longest = word
        }
        return String(longest)
    }

    // MARK: - Cells

    /// The header: one cell per column, and above the columns under a span title, that title.
    private struct Header {
        var widths: [Double]
        /// Per column: its title, and whether it sits under a span (the lower of two rows).
        var cells: [(text: PDFText, isUnderSpan: Bool)]
        var spans: [(text: PDFText, positions: Range<Int>)]
        var spanHeight: Double
        var height: Double

        init(layout: PDFTableLayout, table: ReportTable, indices: [Int], numeric: [Bool], widths: [Double]) throws(ReportError) {
            let flow = layout.flow
            let padding = layout.padding
            let spanned = table.printedSpans
            self.widths = widths
            cells = try indices.enumerated().map { position, index throws(ReportError) in
                let text = try flow.text(table.columns[index].title, layout.headerStyle, width: widths[position] - 2 * padding,
                                         alignment: numeric[position] ? .right : .left, wrap: .wholeWords)
                return (text, spanned.contains { $0.positions.contains(position) })
            }
            spans = try spanned.map { span throws(ReportError) in
                let width = span.positions.reduce(0) { $0 + widths[$1] }
                return (try flow.text(span.title, layout.headerStyle, width: width - 2 * padding, alignment: .center, wrap: .wholeWords),
                        span.positions)
            }
            spanHeight = spans.isEmpty ? 0 : (spans.map(\.text.height).max() ?? 0) + 2 * layout.verticalPadding
            let lower = cells.filter(\.isUnderSpan).map(\.text.height).max() ?? 0
            let whole = cells.filter { !$0.isUnderSpan }.map(\.text.height).max() ?? 0
            height = max(whole + 2 * layout.verticalPadding, spanHeight + lower + 2 * layout.verticalPadding)
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

    private func drawHeader(_ header: Header) {
        let top = flow.y
        let height = header.height
        flow.add(.fill(x: flow.left, y: top, width: flow.contentWidth, height: height, gray: 0.86))
        flow.add(.line(x0: flow.left, y0: top, x1: flow.left + flow.contentWidth, y1: top, width: 0.6, gray: ruleGray))
        let starts = header.widths.indices.map { position in flow.left + header.widths[..<position].reduce(0, +) }
        for span in header.spans {
            let x = starts[span.positions.lowerBound]
            let width = span.positions.reduce(0) { $0 + header.widths[$1] }
            flow.add(.text(span.text, x: x + padding, y: top + verticalPadding, gray: 0))
            flow.add(.line(x0: x, y0: top + header.spanHeight, x1: x + width, y1: top + header.spanHeight, width: 0.4, gray: ruleGray))
        }
        flow.add(.line(x0: flow.left, y0: top, x1: flow.left, y1: top + height, width: 0.4, gray: ruleGray))
        for (position, cell) in header.cells.enumerated() {
            let y = cell.isUnderSpan ? top + header.spanHeight : top
            flow.add(.text(cell.text, x: starts[position] + padding, y: y + verticalPadding, gray: 0))
            // A rule between two columns under the same span starts below the span's title.
            let next = position + 1
            let sharesSpan = header.spans.contains { $0.positions.contains(position) && $0.positions.contains(next) }
            let x = starts[position] + header.widths[position]
            flow.add(.line(x0: x, y0: sharesSpan ? top + header.spanHeight : top, x1: x, y1: top + height, width: 0.4, gray: ruleGray))
        }
        flow.add(.line(x0: flow.left, y0: top + height, x1: flow.left + flow.contentWidth, y1: top + height, width: 0.4, gray: ruleGray))
        flow.advance(height)
    }

    /// Draws one row, first moving to a new page with the header repeated when it does not fit.
    private func drawRow(_ cells: [PDFText], widths: [Double], height: Double, fill: Double?, gray: Double, header: Header) throws(ReportError) {
        if height > flow.remaining {
            flow.newPage()
            drawHeader(header)
        }
        if let fill {
            flow.add(.fill(x: flow.left, y: flow.y, width: flow.contentWidth, height: height, gray: fill))
        }
        var x = flow.left
        flow.add(.line(x0: x, y0: flow.y, x1: x, y1: flow.y + height, width: 0.4, gray: ruleGray))
        for (cell, width) in zip(cells, widths) {
            flow.add(.text(cell, x: x + padding, y: flow.y + verticalPadding, gray: gray))
            x += width
            flow.add(.line(x0: x, y0: flow.y, x1: x, y1: flow.y + height, width: 0.4, gray: ruleGray))
        }
        flow.add(.line(x0: flow.left, y0: flow.y + height, x1: flow.left + flow.contentWidth, y1: flow.y + height, width: 0.4, gray: ruleGray))
        flow.advance(height)
    }
}
