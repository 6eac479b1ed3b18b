import SMEModel
import SMEReportRequest
import TerminalUI

/// State of the Export screen: a small form (what, its scope, the format and the file) whose
/// "Export" produces a `ReportRequest` and a path, and the outcome of the last export. The
/// choices are the report module's own types, so nothing is named twice or parsed back.
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

    public var report: ReportKind = .sop
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
    public var format: ReportFormat = .pdf
    public var csvProfile: ReportCSVProfile = .excelIndonesia
    public var paper: PaperSize = .a4
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

    /// The reports this form makes. Frequency tables are exported from their own view on the
    /// Businesses screen (Shift+F, then x), which knows the filters and columns counted.
    public static let reportKinds: [ReportKind] = [.sop, .assessment, .compliance, .survey]

    /// The form rows for the current choices, ending with the Export row.
    public var fields: [Field] {
        var fields: [Field] = [.report]
        switch report {
        case .sop: fields += [.sector]
        case .assessment: fields += [.assessment, .personalData]
        case .compliance: fields += [.sector, .region]
        case .survey: fields += [.wave, .compare]
        case .frequency: break
        }
        fields.append(.format)
        if format == .csv { fields.append(.csvProfile) }
        if format.hasPaper { fields.append(.paper) }
        return fields + [.path, .run]
    }

    public var selectedField: Field { fields[safe: selection] ?? .run }
}
