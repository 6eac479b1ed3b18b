import SMEModel

/// How printed outputs (PDF, HTML, Markdown) write a cell, in the report's language:
/// `1.234`, `39,6%`, `+4,2 pp`, `2 Agu 2020` in Indonesian; `1,234`, `39.6%`, `2 Aug 2020` in English.
public enum CellText {
    /// `longDates` writes "2 Agustus 2020" (summaries) instead of "2 Agu 2020" (table columns).
    public static func display(_ cell: ReportCell, _ language: Language, longDates: Bool = false) -> String {
        let style = NumberStyle(language)
        switch cell {
        case .text(let text), .code(let text), .term(let text, _): return text
        case .int(let value): return style.integer(value)
        case .percent(let value): return style.percent(value)
        case .points(let value): return style.points(value)
        case .number(let value, let decimals): return style.decimal(value, decimals: decimals)
        case .date(let date): return longDates ? DateText.long(date, language) : DateText.short(date, language)
        case .empty: return "–"
        }
    }

    /// The cell as language-free text: group titles and comparisons.
    static func plain(_ cell: ReportCell) -> String {
        switch cell {
        case .text(let text), .code(let text), .term(let text, _): text
        case .int(let value): String(value)
        case .percent(let value), .points(let value): NumberStyle.plain.decimal(value, decimals: 4)
        case .number(let value, let decimals): NumberStyle.plain.decimal(value, decimals: decimals)
        case .date(let date): date.description
        case .empty: ""
        }
    }
}

extension String {
    /// The text split into lines at LF, CRLF or CR. (Swift treats CRLF as one Character, so
    /// splitting on "\n" alone would miss it.)
    var reportLines: [String] {
        var lines: [String] = []
        var current = ""
        var afterCR = false
        for scalar in unicodeScalars {
            if scalar == "\n" && afterCR { afterCR = false; continue }
            afterCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                lines.append(current)
                current = ""
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        lines.append(current)
        return lines
    }
}
