import Foundation
import SMEModel
import Testing
@testable import SMEReports
import SMEReportRequest

/// The two CSV profiles: excel-id keeps text that an Indonesian Excel would turn into a number
/// or date as text (`="…"`), with units in the headers and the notes under the tables;
/// rfc4180 (CRLF line ends, as the RFC has them) gives scripts raw values and stable codes.
struct CSVReportTests {
    @Test(arguments: ["0812", "1/2", "07.30", "1E+17", "3,27308E+15", "Januari 2021", "2 Agu 2020", "mei-21", "TRUE", "salah", "(12)"])
    func textASpreadsheetWouldConvert(_ text: String) {
        #expect(CSVReportRenderer.spreadsheetWouldConvert(text))
    }

    @Test(arguments: ["Kota Bandung", "Kuliner", "Warung 3 Putri", "Blok A-12", "", "pp", "Maret Jaya Abadi Sentosa 2"])
    func textASpreadsheetKeeps(_ text: String) {
        #expect(!CSVReportRenderer.spreadsheetWouldConvert(text))
    }

    static let document = ReportDocument(
        kind: .survey, language: .id, title: "Uji", issuedOn: ReportFixture.issuedOn, office: ReportFixture.office,
        blocks: [
            .table(ReportTable(key: "t", title: "Tabel", columns: [
                ReportColumn(key: "group", title: "Kelompok"), ReportColumn(key: "share", title: "Persentase"),
                ReportColumn(key: "change", title: "Perubahan"), ReportColumn(key: "result", title: "Hasil"),
            ], rows: [
                ReportRow([.text("1-2"), .percent(0.375), .points(-0.077), .term("LULUS", code: "pass")]),
                ReportRow([.term("Kota Bandung", code: "3273"), .percent(nil), .points(0.125), .term("TIDAK LULUS", code: "fail")]),
            ], caption: "Tabel 1. Uji", source: "Sumber: uji.")),
            .footnotes(["SK 95% = selang kepercayaan 95%."]),
        ])

    func csv(_ profile: ReportCSVProfile, table: String? = nil) throws -> String {
        String(decoding: try CSVReportRenderer(profile: profile, table: table).render(Self.document), as: UTF8.self)
    }

    @Test func excelProfileKeepsTextAsTextAndNamesUnits() throws {
        let lines = [
            "\u{FEFF}Tabel 1. Uji", "Kelompok;Persentase (%);Perubahan (pp);Hasil", #""=""1-2""";37,5;-7,7;LULUS"#,
            "Kota Bandung;;12,5;TIDAK LULUS", "Sumber: uji.", "", "Catatan", "SK 95% = selang kepercayaan 95%.",
        ]
        #expect(try csv(.excelIndonesia) == lines.map { $0 + "\r\n" }.joined())
    }

    @Test func rfc4180GivesScriptsRawValuesAndCodes() throws {
        let lines = ["t", "group,share,change,result", "1-2,0.3750,-0.0770,pass", "3273,,0.1250,fail", "", "notes",
                     "SK 95% = selang kepercayaan 95%."]
        #expect(try csv(.rfc4180) == lines.map { $0 + "\r\n" }.joined())
        // One table alone is plain data: a header and rows, nothing under it.
        #expect(try csv(.rfc4180, table: "t") == "group,share,change,result\r\n1-2,0.3750,-0.0770,pass\r\n3273,,0.1250,fail\r\n")
    }
}
