import CXLSXWriter
import Foundation
import SMEModel
import SMEReportRequest

/// Writes a report as an XLSX workbook: one sheet per table (the summary first), a bold frozen
/// header row with an autofilter, shares as numbers with a `0.0%` format, dates as real dates,
/// and ids and codes as text so leading zeros survive. Text is always written as a string, never
/// as a formula. Every sheet prints: A4 or F4, landscape when the table is wide, fitted to the
/// page width, the header row repeated, the report's title in the page header and "Halaman &P
/// dari &N" in the footer; under each table its source and the report's notes.
public struct XLSXRenderer: Sendable {
    public var paper: PaperSize

    public init(paper: PaperSize = .a4) {
        self.paper = paper
    }

    public func render(_ document: ReportDocument) throws(ReportError) -> Data {
        let workbook = try XLSXWorkbook()
        try workbook.setProperties(
            title: document.title, author: document.office.name, subject: document.kind.label(document.language),
            created: document.issuedOn)
        var formats = XLSXFormats(workbook: workbook)
        var usedNames: Set<String> = []
        for table in document.tables() {
            let name = Self.sheetName(table.title, used: usedNames)
            usedNames.insert(name.lowercased())
            let sheet = try workbook.addSheet(name)
            try write(table, to: sheet, workbook: workbook, formats: &formats, document: document)
            try writeNotes(document, below: table, to: sheet, workbook: workbook, formats: &formats)
            for chart in document.charts where chart.source.table == table.key {
                try XLSXCharts(workbook: workbook).insert(chart, table: table, sheetName: name, sheet: sheet, language: document.language)
            }
        }
        return try workbook.close()
    }

    private func write(_ table: ReportTable, to sheet: UnsafeMutablePointer<lxw_worksheet>, workbook: XLSXWorkbook,
                       formats: inout XLSXFormats, document: ReportDocument) throws(ReportError) {
        let header = try formats.format(.header, .normal)
        var widths = table.columns.map { Double(Self.displayLength($0.flatTitle)) + 2 }
        for (column, info) in table.columns.enumerated() {
            try workbook.check(worksheet_write_string(sheet, 0, lxw_col_t(column), info.flatTitle, header), "header \(info.key)")
        }
        for (offset, row) in table.rows.enumerated() {
            let rowIndex = lxw_row_t(offset + 1)
            for (column, cell) in row.cells.enumerated() where column < table.columns.count {
                let col = lxw_col_t(column)
                let where_ = "\(table.key) row \(offset + 1) column \(table.columns[column].key)"
                switch cell {
                case .text(let text), .term(let text, _):
                    // Cells break lines with LF; a CR would be stored as the escape _x000D_.
                    let text = text.reportLines.joined(separator: "\n")
                    try workbook.check(worksheet_write_string(sheet, rowIndex, col, text, try formats.format(.text, row.emphasis)), where_)
                    widths[column] = max(widths[column], Double(Self.displayLength(text)) + 1)
                case .code(let text):
                    try workbook.check(worksheet_write_string(sheet, rowIndex, col, text, try formats.format(.code, row.emphasis)), where_)
                    widths[column] = max(widths[column], Double(Self.displayLength(text)) + 1)
                case .int(let value):
                    try workbook.check(worksheet_write_number(sheet, rowIndex, col, Double(value), try formats.format(.int, row.emphasis)), where_)
                    widths[column] = max(widths[column], Double(String(value).count) + 2)
                case .percent(let value):
                    try workbook.check(worksheet_write_number(sheet, rowIndex, col, value, try formats.format(.percent, row.emphasis)), where_)
                    widths[column] = max(widths[column], 8)
                case .points(let value):
                    try workbook.check(worksheet_write_number(sheet, rowIndex, col, value * 100, try formats.format(.points, row.emphasis)), where_)
                    widths[column] = max(widths[column], 10)
                case .number(let value, let decimals):
                    try workbook.check(worksheet_write_number(sheet, rowIndex, col, value, try formats.format(.number(decimals), row.emphasis)), where_)
                    widths[column] = max(widths[column], 10)
                case .date(let date):
                    var value = lxw_datetime(year: Int32(date.year), month: Int32(date.month), day: Int32(date.day), hour: 0, min: 0, sec: 0)
                    try workbook.check(worksheet_write_datetime(sheet, rowIndex, col, &value, try formats.format(.date, row.emphasis)), where_)
                    widths[column] = max(widths[column], 12)
                case .empty:
                    continue
                }
            }
        }
        for (column, width) in widths.enumerated() {
            try workbook.check(worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), min(width, Self.maximumWidth), nil),
                               "column width \(table.columns[column].key)")
        }
        try printSetup(sheet, title: table.printedTitle, document: document, isWide: widths.map { min($0, Self.maximumWidth) }.reduce(0, +) > Self.portraitWidth,
                       workbook: workbook)
        worksheet_freeze_panes(sheet, 1, 0)
        if !table.columns.isEmpty {
            try workbook.check(worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.count), lxw_col_t(table.columns.count - 1)), "autofilter \(table.key)")
        }
    }

    static let maximumWidth = 60.0
    /// Column widths (in characters) that fit a portrait A4 line at Excel's default margins.
    static let portraitWidth = 95.0
    /// Excel's paper codes: 9 is A4, 14 is Folio (8.5 × 13 in), the nearest to F4.
    var paperCode: UInt8 { paper == .f4 ? 14 : 9 }

    private func printSetup(_ sheet: UnsafeMutablePointer<lxw_worksheet>, title: String, document: ReportDocument, isWide: Bool,
                            workbook: XLSXWorkbook) throws(ReportError) {
        worksheet_set_paper(sheet, paperCode)
        if isWide { worksheet_set_landscape(sheet) } else { worksheet_set_portrait(sheet) }
        worksheet_fit_to_pages(sheet, 1, 0)
        try workbook.check(worksheet_repeat_rows(sheet, 0, 0), "repeated header row")
        // Excel's header codes start with &; a title's own & is doubled. 255 bytes at most.
        func escaped(_ text: String, limit: Int) -> String {
            var out = ""
            for character in text.replacingOccurrences(of: "&", with: "&&") {
                guard out.utf8.count + String(character).utf8.count <= limit else { break }
                out.append(character)
            }
            return out.hasSuffix("&") && !out.hasSuffix("&&") ? String(out.dropLast()) : out
        }
        let page = Localized(id: "Halaman &P dari &N", en: "Page &P of &N")(document.language)
        try workbook.check(worksheet_set_header(sheet, "&C&\"Arial,Bold\"" + escaped(document.title + " — " + title, limit: 200)), "page header")
        try workbook.check(worksheet_set_footer(sheet, "&L" + escaped(document.office.name, limit: 150) + "&R" + page), "page footer")
    }

    /// Under the table, after a blank row: its source, then the report's notes, one per row.
    private func writeNotes(_ document: ReportDocument, below table: ReportTable, to sheet: UnsafeMutablePointer<lxw_worksheet>,
                            workbook: XLSXWorkbook, formats: inout XLSXFormats) throws(ReportError) {
        var row = lxw_row_t(table.rows.count + 2)
        let plain = try formats.format(.note, .normal)
        if let source = table.source {
            try workbook.check(worksheet_write_string(sheet, row, 0, source, plain), "source \(table.key)")
            row += 2
        }
        let notes = document.notes
        guard !notes.isEmpty else { return }
        try workbook.check(worksheet_write_string(sheet, row, 0, ReportLabel.notes(document.language), try formats.format(.note, .total)), "notes \(table.key)")
        for note in notes {
            row += 1
            try workbook.check(worksheet_write_string(sheet, row, 0, note.reportLines.joined(separator: " "), plain), "note \(table.key)")
        }
    }

    /// Characters as a column-width estimate: the longest line.
    static func displayLength(_ text: String) -> Int {
        text.reportLines.map(\.count).max() ?? 0
    }

    /// A valid, unique sheet name from a table title: at most 31 characters, none of `[]:*?/\`,
    /// no apostrophe at either end.
    static func sheetName(_ title: String, used: Set<String>) -> String {
        let banned: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        var base = String(title.map { banned.contains($0) || $0.isNewline ? " " : $0 })
        base = base.trimmingCharacters(in: CharacterSet(charactersIn: "' "))
        if base.isEmpty { base = "Tabel" }
        var candidate = String(base.prefix(31))
        var number = 2
        while used.contains(candidate.lowercased()) {
            let suffix = " (\(number))"
            candidate = String(base.prefix(31 - suffix.count)) + suffix
            number += 1
        }
        return candidate
    }
}
