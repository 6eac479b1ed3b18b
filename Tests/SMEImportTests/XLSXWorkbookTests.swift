import Foundation
import SMEImport
import SMEModel
import Testing
import ZIPFoundation

/// Workbooks as regencies send them, and as nobody should: each read to the expected rows, or
/// refused with a clear message within seconds.
@Suite struct XLSXWorkbookTests {
    private typealias C = WorkbookBuilder.Cell

    private func regencySheet() -> [Int: [C]] {
        [
            1: [.shared("DAFTAR UMKM BINAAN KAB. GARUT 2021")],
            3: [.shared("No"), .shared("Nama Usaha"), .shared("NIK"), .shared("Kabupaten/Kota"), .shared("KBLI"), .shared("Tanggal Daftar"), .shared("Online")],
            4: [.number("1"), .shared("Kopi Café Cikajang"), .inline("3205011203780001"), .shared("KAB. GARUT"), .number("56101"), .date(44287), .bool(true)],
            5: [.number("2"), .shared("Konveksi Berkah"), .number("3.27308480664092E+15"), .shared("Kabupaten Garut"), .number("14111"), .date(44300), .bool(false)],
            6: [.empty, .shared("JUMLAH"), .empty, .empty, .empty, .empty, .empty],
        ]
    }

    @Test func sharedAndInlineStringsNumbersDatesAndBooleans() throws {
        let data = try WorkbookBuilder.workbook(sheets: [("Data", regencySheet()), ("Catatan", [1: [.shared("x")]])])
        let workbook = try XLSXWorkbook(data: data, source: "garut.xlsx")
        #expect(workbook.sheets == ["Data", "Catatan"])
        let (name, rows) = try workbook.rows()
        #expect(name == "Data")
        #expect(rows.count == 6)
        #expect(rows[0] == ["DAFTAR UMKM BINAAN KAB. GARUT 2021"])
        #expect(rows[1] == [])
        #expect(rows[3] == ["1", "Kopi Café Cikajang", "3205011203780001", "KAB. GARUT", "56101", "2021-04-01", "TRUE"])
        // A NIK Excel stored as a number keeps the form that shows the damage.
        #expect(rows[4][2] == "3.27308480664092E+15")
        #expect(rows[4][5] == "2021-04-14")
        #expect(rows[5] == ["", "JUMLAH"])
        #expect(try workbook.rows(sheet: "Catatan").rows == [["x"]])
        #expect(throws: ImportError.self) { try workbook.rows(sheet: "Lembar9") }
    }

    @Test func theWholePathFromWorkbookToCheckedRows() throws {
        let workbook = try XLSXWorkbook(data: try WorkbookBuilder.workbook(sheets: [("Data", regencySheet())]), source: "garut.xlsx")
        let sheet = try ImportSheet(source: "garut.xlsx", rawRows: try workbook.rows().rows) { ImportColumns.isKnownHeader($0, mapping: .init()) }
        #expect(sheet.headerRow == 3)
        #expect(sheet.rows.map(\.number) == [4, 5])
        #expect(sheet.skipped.last?.en == "row 6: totals row skipped")
    }

    @Test func excelDatesFollowThe1900System() {
        #expect(XLSXDates.iso(1) == "1900-01-01")
        #expect(XLSXDates.iso(59) == "1900-02-28")
        #expect(XLSXDates.iso(61) == "1900-03-01")
        #expect(XLSXDates.iso(44287) == "2021-04-01")
        #expect(XLSXDates.iso(45658.75) == "2025-01-01")
    }

    @Test func hostileWorkbooksAreRefusedQuicklyWithAClearMessage() throws {
        let clock = ContinuousClock()
        let start = clock.now
        // A password-protected workbook is an OLE compound file, not a ZIP.
        let encrypted = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 512))
        #expect(message(encrypted).contains("password-protected"))
        #expect(message(Data("not a zip at all".utf8)).contains("damaged or cut short"))
        // Cut short: the ZIP's central directory is gone.
        let whole = try WorkbookBuilder.workbook(sheets: [("Data", regencySheet())])
        #expect(message(whole.prefix(whole.count / 2)).contains("damaged or cut short"))
        // A ZIP bomb: 300 MB of zeros deflated to a few hundred kilobytes.
        let zeros = Data(count: 300 << 20)
        let bomb = try WorkbookBuilder.zip([("xl/workbook.xml", Data("<workbook/>".utf8)), ("xl/worksheets/sheet1.xml", zeros)])
        #expect(bomb.count < 2 << 20)
        #expect(message(bomb).contains("ZIP bomb") || message(bomb).contains("inflate"))
        // A workbook without its workbook part.
        #expect(message(try WorkbookBuilder.zip([("x.xml", Data("<x/>".utf8))])).contains("xl/workbook.xml is missing"))
        #expect(clock.now - start < .seconds(30))
    }

    @Test func aMillionEmptyFormattedRowsCostOnlyTheRowsWithValues() throws {
        let data = try WorkbookBuilder.workbook(sheets: [("Data", regencySheet())], extraEmptyRows: 1_000_000)
        let rows = try XLSXWorkbook(data: data, source: "big.xlsx").rows().rows
        #expect(rows.count == 6)
    }

    private func message(_ data: Data) -> String {
        do {
            let workbook = try XLSXWorkbook(data: data, source: "x.xlsx")
            _ = try workbook.rows()
            return "read"
        } catch {
            return error.description(.en)
        }
    }
}
