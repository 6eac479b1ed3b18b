import SMEModel

/// How a CSV report is laid out, for its reader.
public enum ReportCSVProfile: String, CaseIterable, Sendable, Codable {
    /// For Excel on an Indonesian PC: UTF-8 BOM, `;`, decimal comma, headers in the report's
    /// language, percentages as numbers 0–100.
    case excelIndonesia = "excel-id"
    /// For scripts: comma, decimal point, no BOM, headers as machine keys, shares as fractions
    /// (the same numbers as the JSON).
    case rfc4180

    /// The model's CSV profile; both neutralise formulas.
    public var csvProfile: CSVProfile { self == .excelIndonesia ? .excelIndonesia : .rfc4180 }

    /// Whether headers and summary fields use machine keys rather than labels.
    public var usesMachineKeys: Bool { self == .rfc4180 }
}
