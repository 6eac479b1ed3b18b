import SMEModel

/// The four reports.
public enum ReportKind: String, CaseIterable, Sendable, Codable {
    /// A sector's SOP checklist template.
    case sop
    /// One business's assessment visit.
    case assessment
    /// A sector's (and optionally a region's) compliance over its assessments.
    case compliance
    /// A survey wave's online-adoption figures.
    case survey

    public var label: Localized {
        switch self {
        case .sop: Localized(id: "Templat SOP", en: "SOP template")
        case .assessment: Localized(id: "Penilaian usaha", en: "Business assessment")
        case .compliance: Localized(id: "Kepatuhan sektor", en: "Sector compliance")
        case .survey: Localized(id: "Ringkasan survei", en: "Survey summary")
        }
    }

    /// Every report can be written in every format.
    public var supportedFormats: [ReportFormat] { ReportFormat.allCases }
}

/// The file formats a report can be written in.
public enum ReportFormat: String, CaseIterable, Sendable, Codable {
    case pdf, xlsx, csv, html, md, json

    /// Text formats can go to standard output; PDF and XLSX are binary.
    public var isText: Bool {
        switch self {
        case .csv, .html, .md, .json: true
        case .pdf, .xlsx: false
        }
    }

    public var fileExtension: String { rawValue }

    public var label: Localized {
        switch self {
        case .pdf: Localized("PDF")
        case .xlsx: Localized(id: "Excel (XLSX)", en: "Excel (XLSX)")
        case .csv: Localized("CSV")
        case .html: Localized(id: "HTML (siap cetak)", en: "HTML (printable)")
        case .md: Localized("Markdown")
        case .json: Localized("JSON")
        }
    }
}

/// Paper for PDF and print CSS: A4 (the official base size) or F4/Folio (215 × 330 mm), which
/// many regional offices use.
public enum PaperSize: String, CaseIterable, Sendable, Codable {
    case a4, f4

    public var widthMillimetres: Double { self == .a4 ? 210 : 215 }
    public var heightMillimetres: Double { self == .a4 ? 297 : 330 }

    /// Size in PostScript points (1/72 inch), as PDF measures pages.
    public var widthPoints: Double { widthMillimetres * 72 / 25.4 }
    public var heightPoints: Double { heightMillimetres * 72 / 25.4 }

    /// The CSS `@page` size value.
    public var cssSize: String { self == .a4 ? "A4" : "215mm 330mm" }
}

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
