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
        out["sheets"].append({"name": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref, "rows": rows})
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
        #expect(book.title == "Laporan Penilaian Protokol Kesehatan")
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
        #expect(sheet.rows.count == 6)
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
        #expect(book.sheets.map(\.name) == ["Summary", "Online by sector", "Online by region", "Online sales channels"])
        let sector = book.sheets[1]
        let header = sector.rows[0].compactMap { if case .text(let t)? = $0.v { t } else { nil } }
        let share = try #require(header.firstIndex(of: "Share"))
        let change = try #require(header.firstIndex(of: "Change July 2020 → January 2021"))
        let food = sector.rows[1]
        #expect(food[0].v == .text("Food"))
        #expect(food[share].v == .number(0.375))
        #expect(food[share].f == "0.0%")
        #expect(food[change].v == .number(12.5))
        #expect(food[change].f.contains("pp"))
        let salon = sector.rows[2]
        #expect(salon[share].v == .number(0.375))
        #expect(header.last == "Change 95% high")
        let total = try #require(sector.rows.last)
        #expect(total[0].v == .text("All"))
        #expect(total[0].b)
    }

    @Test func twoRunsAreByteIdentical() throws {
        let request = ReportFixture.request(.compliance, .xlsx)
        #expect(try ReportExporter.render(request, data: ReportFixture.data) == ReportExporter.render(request, data: ReportFixture.data))
    }
}
