import Foundation
import SMEModel
import Testing
@testable import SMEReports
import SMEReportRequest

/// Markdown, HTML, CSV (both profiles) and JSON of every report, compared byte for byte with
/// `Golden/`. Regenerate with `SMEDASH_UPDATE_GOLDEN=1 swift test --filter GoldenReportTests`.
@Suite struct GoldenReportTests {
    static let cases: [(ReportKind, ReportFormat, ReportCSVProfile, String)] = ReportKind.allCases.flatMap { kind in
        [
            (kind, .md, .excelIndonesia, "\(kind.rawValue).md"),
            (kind, .html, .excelIndonesia, "\(kind.rawValue).html"),
            (kind, .csv, .excelIndonesia, "\(kind.rawValue)-excel-id.csv"),
            (kind, .csv, .rfc4180, "\(kind.rawValue)-rfc4180.csv"),
            (kind, .json, .excelIndonesia, "\(kind.rawValue).json"),
        ]
    }

    @Test(arguments: cases.map(\.3))
    func matchesGolden(_ name: String) throws {
        guard let (kind, format, profile, _) = Self.cases.first(where: { $0.3 == name }) else { return }
        var request = ReportFixture.request(kind, format)
        request.csvProfile = profile
        try GoldenFile.check(try ReportExporter.render(request, data: ReportFixture.data), name)
    }

    @Test func englishAssessmentMatchesGolden() throws {
        let request = ReportFixture.request(.assessment, .md, language: .en)
        try GoldenFile.check(try ReportExporter.render(request, data: ReportFixture.data), "assessment-en.md")
    }

    @Test func f4PaperSetsThePageSizeInPrintCSS() throws {
        var request = ReportFixture.request(.sop, .html)
        request.paper = .f4
        let html = String(decoding: try ReportExporter.render(request, data: ReportFixture.data), as: UTF8.self)
        #expect(html.contains("@page { size: 215mm 330mm;"))
        #expect(!html.contains("size: A4"))
    }
}
