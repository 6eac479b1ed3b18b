import SMEModel
import TerminalUI

/// State of the Export screen: a small form (what, its scope, the format and the file) whose
/// "Export" produces an `ExportJob`, and the outcome of the last export.
public struct ExportScreen: Hashable, Sendable {
    /// A row of the form.
    public enum Field: Hashable, Sendable, CaseIterable {
        case report, sector, assessment, region, wave, compare, personalData, format, csvProfile, paper, path, run
    }

    /// How the last export ended; it stays on screen until the next one.
    public enum Outcome: Hashable, Sendable {
        case saved(path: String, bytes: Int)
        case failed(Localized)
    }

    public var report: Report = .sop
    /// Sector key (SOP template and compliance).
    public var sector: String
    /// Assessment key.
    public var assessment: String?
    /// Region code for compliance; nil covers every region.
    public var region: String?
    public var wave: String?
    /// A wave to compare the survey summary with; nil for none.
    public var compare: String?
    /// Print owners' NIK and phone unmasked in an assessment.
    public var showsPersonalData = false
    public var format: Format = .pdf
    public var csvProfile: CSVProfile = .excelIndonesia
    public var paper: Paper = .a4
    /// A path the user typed; nil follows the choices (`exports/sop-food-2021-11-01.pdf`).
    public var customPath: String?
    /// Index into `fields`.
    public var selection: Int = 0
    public var outcome: Outcome?

    public init(data: DashboardData) {
        sector = data.registry.sectors.first?.key ?? ""
        assessment = data.library.assessments.last?.assessment.key
        wave = data.registry.waves.last?.id
    }

    /// The form rows for the current choices, ending with the Export row.
    public var fields: [Field] {
        var fields: [Field] = [.report]
        switch report {
        case .sop: fields += [.sector]
        case .assessment: fields += [.assessment, .personalData]
        case .compliance: fields += [.sector, .region]
        case .survey: fields += [.wave, .compare]
        }
        fields.append(.format)
        if format == .csv { fields.append(.csvProfile) }
        if format.hasPaper { fields.append(.paper) }
        return fields + [.path, .run]
    }

    public var selectedField: Field { fields[safe: selection] ?? .run }
}

extension ExportScreen {
    /// The reports the exporter knows, by the names `ExportJob.report` carries.
    public enum Report: String, CaseIterable, Hashable, Sendable {
        case sop, assessment, compliance, survey

        public var label: Localized {
            switch self {
            case .sop: Localized(id: "Templat SOP sektor", en: "A sector's SOP template")
            case .assessment: Localized(id: "Hasil penilaian usaha", en: "A business assessment")
            case .compliance: Localized(id: "Kepatuhan SOP sektor", en: "A sector's SOP compliance")
            case .survey: Localized(id: "Ringkasan survei", en: "A survey summary")
            }
        }
    }

    /// The file formats, by the names `ExportJob.format` carries; each is also the file extension.
    public enum Format: String, CaseIterable, Hashable, Sendable {
        case pdf, xlsx, csv, html, md, json

        public var label: Localized {
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

    /// CSV layouts, by the names the exporter takes.
    public enum CSVProfile: String, CaseIterable, Hashable, Sendable {
        case excelIndonesia = "excel-id"
        case rfc4180

        public var label: Localized {
            switch self {
            case .excelIndonesia:
                Localized(id: "Excel Indonesia (titik koma, koma desimal)", en: "Excel, Indonesian (semicolons, decimal comma)")
            case .rfc4180:
                Localized(id: "RFC 4180 (koma, titik desimal, untuk program)", en: "RFC 4180 (commas, decimal point, for programs)")
            }
        }
    }

    /// Paper sizes: A4, or F4/Folio which many regional offices print on.
    public enum Paper: String, CaseIterable, Hashable, Sendable {
        case a4, f4

        public var label: Localized {
            switch self {
            case .a4: Localized("A4 (210 × 297 mm)")
            case .f4: Localized(id: "F4/Folio (215 × 330 mm)", en: "F4/Folio (215 × 330 mm)")
            }
        }
    }
}
