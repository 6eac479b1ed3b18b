import Foundation
import SMEModel
import Testing
@testable import SMEReports
import SMEReportRequest

/// The HTML report asks the browser for a landscape page for exactly the tables the PDF turns
/// (measured with the PDF's fonts), so the browser never shrinks a whole report to fit one.
struct HTMLPageTests {
    @Test func wideTablesGetALandscapeNamedPage() throws {
        let narrow = ReportTable(key: "n", title: "Sempit", columns: [ReportColumn(key: "a", title: "Wilayah"), ReportColumn(key: "b", title: "n")],
                                 rows: [ReportRow([.text("Kota Bandung"), .int(32)])])
        let wideColumns = (1...11).map { ReportColumn(key: "c\($0)", title: "Perubahan \($0)") }
        let wide = ReportTable(key: "w", title: "Lebar", columns: wideColumns,
                               rows: [ReportRow((1...11).map { _ in ReportCell.points(-0.125) })])
        let document = ReportDocument(kind: .survey, language: .id, title: "Uji", issuedOn: ReportFixture.issuedOn,
                                      office: ReportFixture.office, blocks: [.table(narrow), .table(wide)])
        #expect(try PDFRenderer(paper: .a4).landscapeTables(document) == ["w"])
        let html = String(decoding: try HTMLRenderer(paper: .a4).render(document), as: UTF8.self)
        #expect(html.contains("@page wide { size: A4 landscape; }"))
        #expect(html.contains("<section class=\"table wide\" id=\"w\">"))
        #expect(html.contains("<section class=\"table\" id=\"n\">"))
    }

    /// The PDF and the HTML agree on the bundled-style survey: the comparison tables turn.
    @Test func htmlTurnsTheSameTablesAsThePDF() throws {
        let document = try ReportExporter.document(for: ReportFixture.request(.survey, .html), data: ReportFixture.data)
        let turned = try PDFRenderer(paper: .a4).landscapeTables(document)
        #expect(turned.contains("sector") && !turned.contains("summary"))
        let html = String(decoding: try HTMLRenderer(paper: .a4).render(document), as: UTF8.self)
        for case .table(let table) in document.blocks {
            #expect(html.contains("<section class=\"table\(turned.contains(table.key) ? " wide" : "")\" id=\"\(table.key)\">"), "\(table.key)")
        }
    }
}
