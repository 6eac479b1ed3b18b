import CXLSXWriter

/// The cell formats of a workbook, made once per kind and emphasis.
struct XLSXFormats {
    enum Kind: Hashable {
        case header, text, code, int, percent, points, number(Int), date
        /// A note under a table: one line that runs across the empty cells to its right.
        case note
    }

    let workbook: XLSXWorkbook
    private var cache: [String: UnsafeMutablePointer<lxw_format>] = [:]

    init(workbook: XLSXWorkbook) {
        self.workbook = workbook
    }

    mutating func format(_ kind: Kind, _ emphasis: ReportRow.Emphasis) throws(ReportError) -> UnsafeMutablePointer<lxw_format> {
        let key = "\(kind)-\(emphasis.rawValue)"
        if let cached = cache[key] { return cached }
        let format = try workbook.addFormat()
        switch kind {
        case .header:
            format_set_bold(format)
            format_set_bg_color(format, 0xD9D9D9)
            format_set_bottom(format, UInt8(LXW_BORDER_THIN.rawValue))
            format_set_text_wrap(format)
            format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        case .text:
            // Long text wraps inside the column width instead of running across the sheet.
            format_set_text_wrap(format)
            format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        case .code:
            format_set_num_format(format, "@")
            format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        case .int:
            format_set_num_format(format, "0")
        case .percent:
            format_set_num_format(format, "0.0%")
        case .points:
            format_set_num_format(format, "+0.0\" pp\";-0.0\" pp\";0.0\" pp\"")
        case .number(let decimals):
            format_set_num_format(format, decimals > 0 ? "0." + String(repeating: "0", count: decimals) : "0")
        case .date:
            format_set_num_format(format, "yyyy-mm-dd")
        case .note:
            format_set_font_size(format, 9)
        }
        switch emphasis {
        case .normal: break
        case .total, .alert: format_set_bold(format)
        case .muted:
            format_set_italic(format)
            format_set_font_color(format, 0x666666)
        }
        cache[key] = format
        return format
    }
}
