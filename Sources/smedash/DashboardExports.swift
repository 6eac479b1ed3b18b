import Foundation
import SMEDashboard
import SMEModel
import SMEReports
import SMEReportRequest

/// Connects the dashboard's Export screen to the report module: an `ExportJob` from the screen
/// becomes a `ReportRequest`, rendered by the same code as `smedash report`.
enum DashboardExports {
    static let performer = EffectPerformer { job, data in
        let request = try request(for: job)
        let office = (try? OfficeProfile.load(from: data.folder)) ?? .westJava
        do {
            return try ReportExporter.render(request, data: ReportData(registry: data.registry, library: data.library, office: office))
        } catch let error as ReportError {
            throw ExportFailure(message: error.description(request.language))
        }
    }

    static func request(for job: ExportJob) throws -> ReportRequest {
        guard let kind = ReportKind(rawValue: job.report), let format = ReportFormat(rawValue: job.format) else {
            throw ExportFailure(message: "unknown report \(job.report) or format \(job.format)")
        }
        let options = job.options
        let today = ISODate(SmedashCommand.today()) ?? ISODate(year: 2021, month: 1, day: 1)
        guard let issuedOn = today else { throw ExportFailure(message: "no date") }
        return ReportRequest(
            kind: kind, format: format, language: Language(rawValue: options["language"] ?? "id") ?? .id,
            issuedOn: issuedOn, sector: options["sector"], region: options["region"],
            assessmentKey: options["assessment"], wave: options["wave"], compareWave: options["compare"],
            paper: options["paper"].flatMap(PaperSize.init(rawValue:)) ?? .a4,
            csvProfile: options["csvProfile"].flatMap(ReportCSVProfile.init(rawValue:)) ?? .excelIndonesia,
            showPersonalData: options["showPersonalData"] == "true")
    }
}

/// A report that could not be rendered, in the user's language.
struct ExportFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
