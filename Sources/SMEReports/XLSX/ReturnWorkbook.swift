import CXLSXWriter
import Foundation
import SMEModel

/// The workbook a returned import batch goes back to the regency in: the rows to fix with their
/// original cells, every cell as text (a NIK or phone keeps its digits), the reason beside each
/// row in bold, a frozen header with a filter; and the official's note on a second sheet.
public enum ReturnWorkbook {
    public static func render(columns: [String], rows: [[String]], note: String) throws -> Data {
        let workbook = try XLSXWorkbook()
        var formats = XLSXFormats(workbook: workbook)
        let sheet = try workbook.addSheet("Perbaiki")
        let header = try formats.format(.header, .normal)
        let text = try formats.format(.code, .normal)
        let reason = try formats.format(.text, .alert)
        var widths = columns.map { Double($0.count) + 2 }
        for (column, title) in columns.enumerated() {
            try workbook.check(worksheet_write_string(sheet, 0, lxw_col_t(column), title, header), "return header")
        }
        for (offset, row) in rows.enumerated() {
            for (column, value) in row.enumerated() where column < max(columns.count, row.count) {
                let isReason = column == row.count - 1
                try workbook.check(worksheet_write_string(sheet, lxw_row_t(offset + 1), lxw_col_t(column), value, isReason ? reason : text),
                                   "return row \(offset + 1)")
                if column < widths.count { widths[column] = max(widths[column], min(Double(value.count) + 1, 60)) }
            }
        }
        for (column, width) in widths.enumerated() {
            try workbook.check(worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), width, nil), "return width")
        }
        worksheet_freeze_panes(sheet, 1, 0)
        if !columns.isEmpty {
            try workbook.check(worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows.count), lxw_col_t(columns.count - 1)), "return filter")
        }
        let notes = try workbook.addSheet("Catatan")
        try workbook.check(worksheet_write_string(notes, 0, 0, "Catatan dari Dinas / Note from the province", header), "note title")
        try workbook.check(worksheet_write_string(notes, 1, 0, note, text), "note")
        try workbook.check(worksheet_set_column(notes, 0, 0, 100, nil), "note width")
        return try workbook.close()
    }
}
