import SMEModel

/// One typed value in a report table or summary. Renderers decide how it looks; the value stays
/// the same number in every format (JSON carries shares as fractions, XLSX as numbers with a
/// percent format, PDF and HTML as "39,6%").
public enum ReportCell: Hashable, Sendable {
    case text(String)
    /// A word the report translates ("LULUS", "Kritis", "Ya") with the stable code that data
    /// outputs (rfc4180 CSV, JSON) write instead ("pass", "critical", "yes").
    case term(String, code: String)
    /// Text that must stay text in spreadsheets (ids, codes, NIP), so leading zeros survive.
    case code(String)
    case int(Int)
    /// A share 0…1, printed as a percentage.
    case percent(Double)
    /// A difference of two shares as a fraction, printed in percentage points.
    case points(Double)
    case number(Double, decimals: Int)
    case date(ISODate)
    case empty

    /// A share, or an empty cell when there is none (n = 0, nothing scorable).
    public static func percent(_ value: Double?) -> ReportCell {
        value.map(ReportCell.percent) ?? .empty
    }

    public static func points(_ value: Double?) -> ReportCell {
        value.map(ReportCell.points) ?? .empty
    }

    /// A date from its ISO text; text as given when it is not a valid date.
    public static func date(_ text: String) -> ReportCell {
        ISODate(text).map(ReportCell.date) ?? .text(text)
    }

    /// Numbers, dates and codes, which printed tables keep on one line.
    public var neverWraps: Bool {
        switch self {
        case .int, .percent, .points, .number, .date, .code: true
        case .text, .term, .empty: false
        }
    }

    /// Numbers line up on the right in printed tables.
    public var isNumeric: Bool {
        switch self {
        case .int, .percent, .points, .number: true
        case .text, .term, .code, .date, .empty: false
        }
    }
}
