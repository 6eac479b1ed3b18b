import CPangoCairo
import Foundation
import SMEModel
import SMEReportRequest

/// Writes a report as PDF through Cairo and Pango: letterhead, selectable text with embedded
/// subset fonts, tables that continue across pages under a repeated header, "Halaman X dari N"
/// footers, and a creation date pinned to the issue date so the bytes are reproducible.
public struct PDFRenderer: Sendable {
    public var paper: PaperSize

    public init(paper: PaperSize = .a4) {
        self.paper = paper
    }

    /// Pango's font machinery is not documented as thread-safe; reports are rendered one at a time.
    private static let lock = NSLock()

    public func render(_ document: ReportDocument) throws(ReportError) -> Data {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        let surface = try PDFSurface(widthPoints: paper.widthPoints, heightPoints: paper.heightPoints)
        try surface.setMetadata(
            title: document.title, author: document.office.name, subject: document.kind.label(document.language),
            created: document.issuedOn)
        let fonts = try PDFFonts()
        let flow = PDFPageFlow(context: surface.context, fonts: fonts, pageWidth: paper.widthPoints, pageHeight: paper.heightPoints)
        try layOut(document, on: flow)
        try draw(flow, document: document, surface: surface)
        return try surface.finish()
    }

    /// The keys of the tables this renderer sets on landscape pages, measured with the same
    /// fonts and rules as the PDF itself; the HTML print CSS turns the same tables.
    public func landscapeTables(_ document: ReportDocument) throws(ReportError) -> Set<String> {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        let surface = try PDFSurface(widthPoints: paper.widthPoints, heightPoints: paper.heightPoints)
        let flow = PDFPageFlow(context: surface.context, fonts: try PDFFonts(), pageWidth: paper.widthPoints, pageHeight: paper.heightPoints)
        var keys: Set<String> = []
        for case .table(let table) in document.blocks where try PDFTableLayout(flow: flow, language: document.language).needsLandscape(table) {
            keys.insert(table.key)
        }
        _ = try surface.finish()
        return keys
    }

    // MARK: - Layout

    private func layOut(_ document: ReportDocument, on flow: PDFPageFlow) throws(ReportError) {
        let l = document.language
        try letterhead(document.office, on: flow)
        try flow.paragraph(document.title, .title, alignment: .center, spaceAfter: 2)
        if let number = document.number { try flow.paragraph(ReportLabel.numberLine(number, l), .subtitle, alignment: .center, spaceAfter: 2) }
        if let subtitle = document.subtitle { try flow.paragraph(subtitle, .subtitle, alignment: .center, spaceAfter: 0) }
        flow.advance(10)
        // The signature travels with the closing lines before it, and they with the last rows
        // of the table before them, so the signature never stands alone on the last page.
        let blocks = document.blocks
        let signature = blocks.lastIndex { if case .signature = $0 { true } else { false } }
        var tailStart = signature ?? blocks.count
        while tailStart > 0, blocks[tailStart - 1].isClosingText { tailStart -= 1 }
        var reserve = 0.0
        if signature != nil {
            let mark = flow.mark
            flow.newPage()
            let pages = flow.pageCount
            for block in blocks[tailStart...] { try place(block, language: l, on: flow, inTail: true) }
            if flow.pageCount == pages { reserve = flow.y - flow.top }
            flow.rewind(to: mark)
        }
        for (index, block) in blocks.enumerated() {
            if index == tailStart, reserve > 0 { flow.ensure(reserve) }
            try place(block, language: l, on: flow, reserve: index == tailStart - 1 ? reserve : 0, inTail: index >= tailStart && reserve > 0)
        }
    }

    /// `inTail`: the block belongs to the closing lines already given room with the signature,
    /// so a heading there needs no room of its own for what follows it.
    private func place(_ block: ReportBlock, language l: Language, on flow: PDFPageFlow, reserve: Double = 0, inTail: Bool = false) throws(ReportError) {
        switch block {
        case .heading(let text):
            let box = try flow.text(text, .heading, width: flow.contentWidth)
            flow.ensure(box.height + (inTail ? 8 : 60))
            flow.advance(4)
            flow.add(.text(box, x: flow.left, y: flow.y, gray: 0))
            flow.advance(box.height + 4)
        case .paragraph(let text):
            try flow.paragraph(text, .body, spaceAfter: 8)
        case .summary(_, let title, let entries):
            try summary(title: title, entries: entries, language: l, on: flow)
        case .table(let table):
            try PDFTableLayout(flow: flow, language: l).place(table, keepingLastRowsWith: reserve)
        case .signature(let signature):
            try self.signature(signature, language: l, on: flow)
        case .chart(let chart):
            try PDFChartLayout(flow: flow, language: l).place(chart)
        case .footnotes(let notes):
            flow.ensure(20)
            flow.add(.line(x0: flow.left, y0: flow.y, x1: flow.left + flow.contentWidth / 3, y1: flow.y, width: 0.4, gray: 0.4))
            flow.advance(3)
            for note in notes { try flow.paragraph("• " + note, .small, gray: 0.2, spaceAfter: 1) }
            flow.advance(6)
        }
    }

    private func letterhead(_ office: OfficeProfile, on flow: PDFPageFlow) throws(ReportError) {
        // The logo stands left of the centred letterhead lines, as on the office's own paper, in
        // a box of at most 60 × 58 points; the rule goes under whichever is lower.
        let top = flow.y
        var logoBottom = top
        if let png = office.logoPNG {
            guard let image = PDFImage(png: png) else {
                throw .officeFile(Localized(id: "logo \(office.logo ?? "") tidak dapat dibaca sebagai PNG",
                                            en: "logo \(office.logo ?? "") cannot be read as a PNG"))
            }
            let height = min(58, 60 / image.width(atHeight: 1))
            flow.add(.image(image, x: flow.left, y: top, height: height))
            logoBottom = top + height
        }
        if !office.government.isEmpty { try flow.paragraph(office.government.uppercased(), .government, alignment: .center, spaceAfter: 0) }
        try flow.paragraph(office.name.uppercased(), .office, alignment: .center, spaceAfter: 1)
        for line in [office.address, office.contact] where !line.isEmpty {
            try flow.paragraph(line, .small, alignment: .center, spaceAfter: 0)
        }
        flow.advance(max(4, logoBottom - flow.y + 2))
        let right = flow.left + flow.contentWidth
        flow.add(.line(x0: flow.left, y0: flow.y, x1: right, y1: flow.y, width: 1.6, gray: 0))
        flow.add(.line(x0: flow.left, y0: flow.y + 2.6, x1: right, y1: flow.y + 2.6, width: 0.5, gray: 0))
        flow.advance(14)
    }

    private func summary(title: String, entries: [SummaryEntry], language: Language, on flow: PDFPageFlow) throws(ReportError) {
        let heading = try flow.text(title, .heading, width: flow.contentWidth)
        flow.ensure(heading.height + 40)
        flow.add(.text(heading, x: flow.left, y: flow.y, gray: 0))
        flow.advance(heading.height + 4)
        var labelWidth = 0.0
        for entry in entries { labelWidth = max(labelWidth, try flow.text(entry.label, .body).inkWidth) }
        labelWidth = min(labelWidth + 12, flow.contentWidth * 0.42)
        for entry in entries {
            let label = try flow.text(entry.label, .body, width: labelWidth - 12)
            let colon = try flow.text(":", .body)
            let value = try flow.text(CellText.display(entry.value, language, longDates: true), entry.isEmphasised ? .bodyBold : .body,
                                      width: flow.contentWidth - labelWidth)
            let height = max(label.height, value.height) + 1.5
            flow.ensure(height)
            flow.add(.text(label, x: flow.left, y: flow.y, gray: 0.15))
            flow.add(.text(colon, x: flow.left + labelWidth - 8, y: flow.y, gray: 0.15))
            flow.add(.text(value, x: flow.left + labelWidth, y: flow.y, gray: 0))
            flow.advance(height)
        }
        flow.advance(10)
    }

    private func signature(_ signature: SignatureBlock, language: Language, on flow: PDFPageFlow) throws(ReportError) {
        let columns = max(signature.signatories.count, 2)
        let width = flow.contentWidth / Double(columns)
        let right = flow.left + flow.contentWidth
        /// One line that never wraps (place and date, NIP, the dotted line for a name), centred
        /// on its column and moved in where it would cross the margin.
        func unbroken(_ string: String, _ style: PDFFonts.Style, column: Int) throws(ReportError) -> (PDFText, Double) {
            let text = try flow.text(string, style)
            let centre = flow.left + (Double(column) + 0.5) * width
            return (text, min(max(flow.left, centre - text.inkWidth / 2), right - text.inkWidth))
        }
        let place = try unbroken("\(signature.place), \(DateText.long(signature.date, language))", .body, column: columns - 1)
        // Titles stack above a space for the signature; names and NIPs line up across columns.
        var stacks: [(above: [(PDFText, Double)], below: [(PDFText, Double)])] = []
        let dots = String(repeating: ".", count: min(36, Int(width / 4.2)))
        for (index, person) in signature.signatories.enumerated() {
            let column = columns - signature.signatories.count + index
            let x = flow.left + Double(column) * width + 6
            var above: [(PDFText, Double)] = []
            if !person.role.isEmpty { above.append((try flow.text(person.role, .body, width: width - 12, alignment: .center), x)) }
            above.append((try flow.text(person.position, .body, width: width - 12, alignment: .center), x))
            var below = [person.name.isEmpty ? try unbroken(dots, .bodyBold, column: column)
                                             : (try flow.text(person.name, .bodyBold, width: width - 12, alignment: .center), x)]
            if let rank = person.printedRank { below.append((try flow.text(rank, .body, width: width - 12, alignment: .center), x)) }
            if let nip = person.nipLine(language) { below.append(try unbroken(nip, .body, column: column)) }
            stacks.append((above, below))
        }
        let aboveHeight = stacks.map { $0.above.reduce(0) { $0 + $1.0.height } }.max() ?? 0
        let belowHeight = stacks.map { $0.below.reduce(0) { $0 + $1.0.height } }.max() ?? 0
        let gap = 50.0
        flow.ensure(16 + place.0.height + aboveHeight + gap + belowHeight)
        flow.advance(16)
        flow.add(.text(place.0, x: place.1, y: flow.y, gray: 0))
        flow.advance(place.0.height)
        let top = flow.y
        for stack in stacks {
            var y = top
            for (box, x) in stack.above {
                flow.add(.text(box, x: x, y: y, gray: 0))
                y += box.height
            }
            y = top + aboveHeight + gap
            for (box, x) in stack.below {
                flow.add(.text(box, x: x, y: y, gray: 0))
                y += box.height
            }
        }
        flow.advance(aboveHeight + gap + belowHeight + 8)
    }

    // MARK: - Drawing

    private func draw(_ flow: PDFPageFlow, document: ReportDocument, surface: PDFSurface) throws(ReportError) {
        let context = surface.context
        let total = flow.pageCount
        for (index, page) in flow.pages.enumerated() {
            let landscape = page.isLandscape
            try surface.setPageSize(widthPoints: flow.width(landscape: landscape), heightPoints: flow.height(landscape: landscape))
            let contentWidth = flow.contentWidth(landscape: landscape)
            if index > 0 {
                let running = try flow.text(document.title, .small, width: contentWidth)
                running.draw(in: context, x: flow.left, y: flow.top - 8 - running.height, gray: 0.35)
            }
            for operation in page.operations {
                switch operation {
                case .text(let box, let x, let y, let gray):
                    box.draw(in: context, x: x, y: y, gray: gray)
                case .line(let x0, let y0, let x1, let y1, let width, let gray):
                    cairo_set_source_rgb(context, gray, gray, gray)
                    cairo_set_line_width(context, width)
                    cairo_move_to(context, x0, y0)
                    cairo_line_to(context, x1, y1)
                    cairo_stroke(context)
                case .fill(let x, let y, let width, let height, let gray):
                    cairo_set_source_rgb(context, gray, gray, gray)
                    cairo_rectangle(context, x, y, width, height)
                    cairo_fill(context)
                case .image(let image, let x, let y, let height):
                    image.draw(in: context, x: x, y: y, height: height)
                case .circle(let x, let y, let radius, let gray, let filled):
                    cairo_new_sub_path(context)
                    cairo_arc(context, x, y, radius, 0, 2 * Double.pi)
                    if filled {
                        cairo_set_source_rgb(context, gray, gray, gray)
                        cairo_fill(context)
                    } else {
                        // A hollow mark: white inside, so a line under it does not show through.
                        cairo_set_source_rgb(context, 1, 1, 1)
                        cairo_fill_preserve(context)
                        cairo_set_source_rgb(context, gray, gray, gray)
                        cairo_set_line_width(context, 1.1)
                        cairo_stroke(context)
                    }
                case .dashedLine(let x0, let y0, let x1, let y1, let width, let gray):
                    var dashes: [Double] = [3.5, 2.5]
                    cairo_set_dash(context, &dashes, 2, 0)
                    cairo_set_source_rgb(context, gray, gray, gray)
                    cairo_set_line_width(context, width)
                    cairo_move_to(context, x0, y0)
                    cairo_line_to(context, x1, y1)
                    cairo_stroke(context)
                    cairo_set_dash(context, nil, 0, 0)
                }
            }
            let footerY = flow.height(landscape: landscape) - flow.bottom + 10
            let office = try flow.text(document.office.name, .small, width: contentWidth / 2)
            office.draw(in: context, x: flow.left, y: footerY, gray: 0.35)
            let number = try flow.text(ReportLabel.page(index + 1, of: total, document.language), .small,
                                       width: contentWidth / 2, alignment: .right)
            number.draw(in: context, x: flow.left + contentWidth / 2, y: footerY, gray: 0.2)
            try surface.showPage()
        }
    }
}
