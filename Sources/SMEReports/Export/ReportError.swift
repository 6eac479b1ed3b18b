import SMEModel
import SMEReportRequest

/// Why a report could not be built or rendered; `description` says what and where.
public enum ReportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The request lacks something this report needs, such as a sector for the SOP report.
    case missing(ReportParameter, report: ReportKind)
    case unknownSector(String)
    case unknownRegion(String)
    case unknownBusiness(String)
    case unknownAssessment(String)
    case unknownWave(String, choices: [String])
    case noTemplate(sector: String)
    case noAssessment(business: String)
    case noSurveyWaves
    case unknownTable(String, choices: [String])
    /// The office file exists but cannot be read or decoded.
    case officeFile(Localized)
    /// Weighting to official counts was asked for and none were imported.
    case noOfficialCounts
    /// Cairo or Pango failed; the message is the library's own.
    case pdf(String)
    /// libxlsxwriter failed; the message is the library's own.
    case xlsx(String)
    case encoding(String)

    /// What a report request can name.
    public enum ReportParameter: String, Sendable, Equatable {
        case sector, business, wave, countBy
    }

    public var description: String { description(.en) }

    public func description(_ language: Language) -> String {
        text(language)
    }

    private func text(_ language: Language) -> String {
        switch self {
        case .missing(let parameter, let report):
            let what: Localized = switch parameter {
            case .sector: Localized(id: "sektor (--sector)", en: "a sector (--sector)")
            case .business: Localized(id: "usaha (--business) atau penilaian (--assessment)", en: "a business (--business) or an assessment (--assessment)")
            case .wave: Localized(id: "gelombang survei (--wave)", en: "a survey wave (--wave)")
            case .countBy:
                Localized(id: "satu atau dua kolom (--by), dari: " + FrequencyDimension.allCases.map(\.rawValue).joined(separator: ", "),
                          en: "one or two columns (--by), from: " + FrequencyDimension.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return Localized(id: "laporan \(report.rawValue) memerlukan \(what.id)", en: "the \(report.rawValue) report needs \(what.en)")(language)
        case .unknownSector(let text):
            return Localized(id: "sektor tidak dikenal: \"\(text)\"", en: "unknown sector: \"\(text)\"")(language)
        case .unknownRegion(let text):
            return Localized(id: "wilayah tidak dikenal: \"\(text)\"", en: "unknown region: \"\(text)\"")(language)
        case .unknownBusiness(let id):
            return Localized(id: "usaha tidak ada di registri: \"\(id)\"", en: "business not in the registry: \"\(id)\"")(language)
        case .unknownAssessment(let key):
            return Localized(id: "penilaian tidak ada di assessments/: \"\(key)\"", en: "assessment not in assessments/: \"\(key)\"")(language)
        case .unknownWave(let id, let choices):
            let list = choices.joined(separator: ", ")
            return Localized(id: "gelombang tidak dikenal: \"\(id)\" (pilihan: \(list))", en: "unknown wave: \"\(id)\" (choices: \(list))")(language)
        case .noTemplate(let sector):
            return Localized(id: "tidak ada SOP untuk sektor \(sector) di sop/", en: "no SOP for sector \(sector) in sop/")(language)
        case .noAssessment(let business):
            return Localized(id: "usaha \(business) belum pernah dinilai", en: "business \(business) has no assessment")(language)
        case .noSurveyWaves:
            return Localized(id: "tidak ada gelombang survei di data", en: "the data has no survey waves")(language)
        case .unknownTable(let key, let choices):
            let list = choices.joined(separator: ", ")
            return Localized(id: "tabel tidak ada di laporan ini: \"\(key)\" (pilihan: \(list))", en: "no such table in this report: \"\(key)\" (choices: \(list))")(language)
        case .officeFile(let message):
            return message(language)
        case .noOfficialCounts:
            return Localized(id: "bobot sector-region-official perlu jumlah resmi; baca dulu dengan `smedash import opendata BERKAS`",
                             en: "the sector-region-official weighting needs official counts; read them first with `smedash import opendata FILE`")(language)
        case .pdf(let message):
            return Localized(id: "PDF gagal dibuat: \(message)", en: "could not make the PDF: \(message)")(language)
        case .xlsx(let message):
            return Localized(id: "XLSX gagal dibuat: \(message)", en: "could not make the XLSX: \(message)")(language)
        case .encoding(let message):
            return Localized(id: "laporan gagal dikodekan: \(message)", en: "could not encode the report: \(message)")(language)
        }
    }
}
