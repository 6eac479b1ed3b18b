import Foundation
import SMEDashboard
import SMEModel
import SMEReports
import SMEReportRequest

/// Connects the dashboard's Export screen to the report module: the screen's `ReportRequest` is
/// rendered by the same code as `smedash report`.
enum DashboardExports {
    static let performer = EffectPerformer(exporter: { request, data in
        let office = (try? OfficeProfile.load(from: data.folder)) ?? .westJava
        do {
            let national = request.kind == .survey ? (try? NationalReference.load(from: data.folder)) ?? NationalReference(figures: [])
                : NationalReference(figures: [])
            return try ReportExporter.render(request, data: ReportData(registry: data.registry, library: data.library, office: office,
                                                                       national: national))
        } catch let error as ReportError {
            throw ExportFailure(message: error.description(request.language))
        }
    }, returnWorkbook: { columns, rows, note in try ReturnWorkbook.render(columns: columns, rows: rows, note: note) })
}

/// A report that could not be rendered, in the user's language.
struct ExportFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
