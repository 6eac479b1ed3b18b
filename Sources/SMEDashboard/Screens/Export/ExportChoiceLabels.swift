import SMEModel
import SMEReportRequest

// The words the Export form shows for the report module's choices: longer than the CLI's, since
// an official picks from them without the manual.

extension ReportKind {
    public var choiceLabel: Localized {
        switch self {
        case .sop: Localized(id: "Templat SOP sektor", en: "A sector's SOP template")
        case .assessment: Localized(id: "Hasil penilaian usaha", en: "A business assessment")
        case .compliance: Localized(id: "Kepatuhan SOP sektor", en: "A sector's SOP compliance")
        case .survey: Localized(id: "Ringkasan survei", en: "A survey summary")
        case .frequency: Localized(id: "Tabel frekuensi usaha atau koperasi", en: "A frequency table of businesses or cooperatives")
        }
    }
}

extension ReportFormat {
    public var choiceLabel: Localized {
        switch self {
        case .pdf: Localized(id: "PDF (untuk dicetak dan dibagikan)", en: "PDF (to print and share)")
        case .xlsx: Localized(id: "Excel XLSX (untuk diolah)", en: "Excel XLSX (to work with)")
        case .csv: Localized(id: "CSV (tabel teks)", en: "CSV (plain table)")
        case .html: Localized(id: "HTML (buka di peramban, siap cetak)", en: "HTML (open in a browser, printable)")
        case .md: Localized(id: "Markdown (teks)", en: "Markdown (text)")
        case .json: Localized(id: "JSON (untuk program lain)", en: "JSON (for other programs)")
        }
    }

    /// PDF pages and HTML print styles are laid out for a paper size.
    public var hasPaper: Bool { self == .pdf || self == .html }
}

extension ReportCSVProfile {
    public var choiceLabel: Localized {
        switch self {
        case .excelIndonesia:
            Localized(id: "Excel Indonesia (titik koma, koma desimal)", en: "Excel, Indonesian (semicolons, decimal comma)")
        case .rfc4180:
            Localized(id: "RFC 4180 (koma, titik desimal, untuk program)", en: "RFC 4180 (commas, decimal point, for programs)")
        }
    }
}

extension PaperSize {
    public var choiceLabel: Localized {
        switch self {
        case .a4: Localized("A4 (210 × 297 mm)")
        case .f4: Localized(id: "F4/Folio (215 × 330 mm)", en: "F4/Folio (215 × 330 mm)")
        }
    }
}
