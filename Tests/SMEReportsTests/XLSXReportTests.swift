import Foundation
import SMEModel
import Testing
@testable import SMEReports
import SMEReportRequest

/// XLSX through libxlsxwriter, read back with openpyxl: one sheet per table, a bold frozen
/// header with an autofilter, shares as numbers with a percent format, ids as text, dates as
/// dates, hostile text as plain strings.
@Suite(.enabled(if: ExternalTool.pythonWithOpenpyxl != nil, "needs python3 with openpyxl (pip install openpyxl or Debian python3-openpyxl)"))
struct XLSXReportTests {
    /// Each sheet as {name, freeze, filter, rows: [[{v, t, f, b}]]}: value, openpyxl data type,
    /// number format and bold.
    static let dumpScript = """
    import json, sys, datetime, openpyxl
    wb = openpyxl.load_workbook(sys.argv[1])
    out = {"title": wb.properties.title, "created": wb.properties.created.isoformat() if wb.properties.created else None, "sheets": []}
    for ws in wb.worksheets:
        rows = []
        for row in ws.iter_rows():
            rows.append([{"v": c.value.isoformat() if isinstance(c.value, datetime.datetime) else c.value,
                          "t": c.data_type, "f": c.number_format, "b": bool(c.font.b)} for c in row])
        ps = ws.page_setup
        out["sheets"].append({"name": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref, "rows": rows,
                              "print": {"orientation": ps.orientation or "portrait", "paper": int(ps.paperSize or 0),
                                        "fitWidth": int(ps.fitToWidth if ps.fitToWidth is not None else 1),
                                        "fitHeight": int(ps.fitToHeight if ps.fitToHeight is not None else 1),
                                        "fitToPage": bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
                                        "titleRows": ws.print_title_rows or "",
                                        "header": ws.oddHeader.center.text or "",
                                        "footerLeft": ws.oddFooter.left.text or "", "footerRight": ws.oddFooter.right.text or ""}})
    print(json.dumps(out))
    """

    struct Cell: Decodable {
        var v: Value?
        var t: String
        var f: String
        var b: Bool
    }

    enum Value: Decodable, Equatable {
        case text(String), number(Double)
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) { self = .number(number) } else { self = .text(try container.decode(String.self)) }
        }
    }

    struct Sheet: Decodable {
        var name: String
        var freeze: String?
        var filter: String?
        var rows: [[Cell]]
        var print: PrintSetup
        /// Rows up to the first empty one: the table without the notes under it.
        var tableRows: [[Cell]] { Array(rows.prefix { row in row.contains { $0.v != nil } }) }
        var texts: [String] { rows.flatMap { $0.compactMap { if case .text(let t)? = $0.v { t } else { nil } } } }
    }

    struct PrintSetup: Decodable {
        var orientation: String
        var paper: Int
        var fitWidth: Int
        var fitHeight: Int
        var fitToPage: Bool
        var titleRows: String
        var header: String
        var footerLeft: String
        var footerRight: String
    }

    struct Workbook: Decodable {
        var title: String?
        var created: String?
        var sheets: [Sheet]
    }

    func workbook(_ request: ReportRequest) throws -> Workbook {
        let folder = try TemporaryFolder()
        let path = try folder.write(try ReportExporter.render(request, data: ReportFixture.data), "report.xlsx")
        let python = ExternalTool.pythonWithOpenpyxl ?? "python3"
        let output = try ExternalTool.run(python, ["-c", Self.dumpScript, path])
        #expect(output.status == 0, "\(output.stderr)")
        return try JSONDecoder().decode(Workbook.self, from: Data(output.stdout.utf8))
    }

    @Test func assessmentWorkbookHasASheetPerTableWithFrozenBoldHeaders() throws {
        let book = try workbook(ReportFixture.request(.assessment, .xlsx))
        #expect(book.sheets.map(\.name) == ["Ringkasan", "Butir gagal", "Skor per bagian", "Daftar periksa lengkap"])
        #expect(book.title == "Berita Acara Penilaian Protokol Kesehatan")
        #expect(book.created?.hasPrefix("2020-09-01") == true)
        for sheet in book.sheets {
            #expect(sheet.freeze == "A2", "\(sheet.name)")
            #expect(sheet.filter?.hasPrefix("A1:") == true, "\(sheet.name)")
            #expect(sheet.rows.first?.allSatisfy(\.b) == true, "\(sheet.name) header is not bold")
        }
        let summary = try #require(book.sheets.first?.rows)
        let byLabel = Dictionary(summary.dropFirst().compactMap { row -> (String, Cell)? in
            guard case .text(let label)? = row.first?.v, row.count > 1 else { return nil }
            return (label, row[1])
        }, uniquingKeysWith: { first, _ in first })
        // The score is a number with a percent format, not the text "80,0%".
        #expect(byLabel["Skor"]?.v == .number(0.8))
        #expect(byLabel["Skor"]?.t == "n")
        #expect(byLabel["Skor"]?.f == "0.0%")
        // Ids and NIPs stay text with the text format, so no digits are lost.
        #expect(byLabel["NIP petugas"]?.v == .text("198310152010012015"))
        #expect(byLabel["NIP petugas"]?.t == "s")
        #expect(byLabel["NIP petugas"]?.f == "@")
        #expect(byLabel["NIK pemilik"]?.v == .text("3273********0925"))
        #expect(byLabel["Tanggal kunjungan"]?.t == "d")
        #expect(byLabel["Tanggal kunjungan"]?.v == .text("2020-08-02T00:00:00"))
        // Hostile text is a string cell, never a formula.
        #expect(byLabel["Usaha"]?.v == .text(ReportFixture.hostileName))
        #expect(byLabel["Usaha"]?.t == "s")
    }

    @Test func checklistSheetKeepsSectionsAndHostileItemsAsText() throws {
        let book = try workbook(ReportFixture.request(.assessment, .xlsx))
        let sheet = try #require(book.sheets.last)
        #expect(sheet.rows.first?.compactMap { if case .text(let t)? = $0.v { t } else { nil } }
                == ["Bagian", "No.", "Kode", "Butir", "Tanda", "Jawaban", "Hasil", "Catatan"])
        #expect(sheet.tableRows.count == 6)
        let failed = sheet.rows[2]
        #expect(failed[2].v == .text("kul-002"))
        #expect(failed[3].v == .text(ReportFixture.hostileItem))
        #expect(failed[3].t == "s")
        #expect(failed[7].v == .text(ReportFixture.hostileNote.replacingOccurrences(of: "\r\n", with: "\n")))
        #expect(failed[3].b, "failed rows are bold")
        #expect(failed[1].v == .number(2))
    }

    @Test func surveySharesArePercentNumbersAndChangesArePoints() throws {
        let book = try workbook(ReportFixture.request(.survey, .xlsx, language: .en))
        #expect(book.sheets.map(\.name) == ["Summary", "Online by sector", "Online by region", "Online by scale", "Online sales channels",
                                             "Channel kinds", "Dependent on one social messagi", "Change in sales"])
        let sector = book.sheets[1]
        let header = sector.rows[0].compactMap { if case .text(let t)? = $0.v { t } else { nil } }
        #expect(header == ["Group", "n", "Count", "Share", "95% CI low", "95% CI high", "Flags", "July 2020", "Change",
                           "Change 95% CI low", "Change 95% CI high"])
        let share = try #require(header.firstIndex(of: "Share"))
        let change = try #require(header.firstIndex(of: "Change"))
        let food = sector.rows[1]
        #expect(food[0].v == .text("Food"))
        #expect(food[share].v == .number(0.375))
        #expect(food[share].f == "0.0%")
        #expect(food[change].v == .number(12.5))
        #expect(food[change].f.contains("pp"))
        let salon = sector.rows[2]
        #expect(salon[share].v == .number(0.375))
        let total = try #require(sector.tableRows.last)
        #expect(total[0].v == .text("All"))
        #expect(total[0].b)
    }

    /// Printed from Excel, every sheet fits the page width on A4 (or Folio when asked), repeats
    /// its header row, names the report at the top and numbers pages at the foot; wide survey
    /// tables turn to landscape, narrow ones stay portrait.
    @Test func sheetsPrintFitToWidthWithHeaderAndPageNumbers() throws {
        let book = try workbook(ReportFixture.request(.survey, .xlsx, language: .en))
        for sheet in book.sheets {
            #expect(sheet.print.paper == 9, "\(sheet.name) is not A4")
            #expect(sheet.print.fitToPage && sheet.print.fitWidth == 1 && sheet.print.fitHeight == 0, "\(sheet.name)")
            #expect(sheet.print.titleRows == "$1:$1", "\(sheet.name)")
            #expect(sheet.print.header.contains(sheet.name == "Summary" ? "Online" : "—"), "\(sheet.print.header)")
            #expect(sheet.print.footerRight == "Page &P of &N", "\(sheet.name)")
            #expect(!sheet.print.footerLeft.isEmpty)
        }
        #expect(book.sheets[0].print.orientation == "portrait")
        #expect(book.sheets[1].print.orientation == "landscape", "11 columns of the comparison table")
        var folio = ReportFixture.request(.assessment, .xlsx)
        folio.paper = .f4
        let assessment = try workbook(folio)
        #expect(assessment.sheets.allSatisfy { $0.print.paper == 14 })
        #expect(assessment.sheets[0].print.footerRight == "Halaman &P dari &N")
    }

    /// The source line and the report's notes (the "SK 95%" legend) sit under each survey table.
    @Test func surveySheetsCarrySourceAndNotesUnderTheTable() throws {
        let book = try workbook(ReportFixture.request(.survey, .xlsx))
        let sector = book.sheets[1]
        let below = Array(sector.rows.dropFirst(sector.tableRows.count))
        let texts = below.flatMap { $0.compactMap { if case .text(let t)? = $0.v { t } else { nil } } }
        #expect(texts.first?.hasPrefix("Sumber:") == true, "\(texts)")
        let notesTitle = try #require(below.first { $0.first?.v == .text("Catatan") })
        #expect(notesTitle.first?.b == true)
        #expect(texts.contains { $0.contains("SK 95%") })
    }

    @Test func twoRunsAreByteIdentical() throws {
        let request = ReportFixture.request(.compliance, .xlsx)
        #expect(try ReportExporter.render(request, data: ReportFixture.data) == ReportExporter.render(request, data: ReportFixture.data))
    }
}
