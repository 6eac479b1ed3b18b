import SMEModel

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
