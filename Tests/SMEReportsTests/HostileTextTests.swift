import Foundation
import SMEModel
import Testing
@testable import SMEReports
import SMEReportRequest

/// Markup, spreadsheet formulas, quotes, line breaks and emoji in business names, item texts and
/// notes come out as inert text in every format. (XLSX is checked in XLSXReportTests.)
@Suite struct HostileTextTests {
    func text(_ kind: ReportKind, _ format: ReportFormat, profile: ReportCSVProfile = .excelIndonesia) throws -> String {
        var request = ReportFixture.request(kind, format)
        request.csvProfile = profile
        return String(decoding: try ReportExporter.render(request, data: ReportFixture.data), as: UTF8.self)
    }

    @Test(arguments: [ReportKind.assessment, .compliance])
    func htmlEscapesEveryPieceOfUserText(_ kind: ReportKind) throws {
        let html = try text(kind, .html)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Kafé&#39;"))
        #expect(html.contains("=HYPERLINK(&quot;http://contoh.invalid&quot;,&quot;klik&quot;)"))
    }

    @Test func markdownKeepsTablesIntactAndHTMLInert() throws {
        let markdown = try text(.assessment, .md)
        #expect(!markdown.contains("<script"))
        #expect(!markdown.contains("<b>"))
        #expect(markdown.contains("&lt;script&gt;"))
        #expect(markdown.contains("🍜 \\| \\*tebal\\* &lt;b&gt;"))
        // Every row of a table has as many unescaped pipes as its header, so a name cannot add a column.
        var expected: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { expected = nil; continue }
            var pipes = 0
            var previous: Character = " "
            for character in line {
                if character == "|" && previous != "\\" { pipes += 1 }
                previous = character
            }
            if let expected { #expect(pipes == expected, "\(line)") } else { expected = pipes }
        }
    }

    /// The spreadsheet profile defuses formulas with a leading `'`; rfc4180 is for scripts and
    /// carries the raw value, quoted so it stays one field.
    @Test(arguments: [ReportCSVProfile.excelIndonesia, .rfc4180])
    func csvNeutralisesFormulasAndQuotesLineBreaks(_ profile: ReportCSVProfile) throws {
        let csv = try text(.assessment, .csv, profile: profile)
        if profile == .excelIndonesia {
            #expect(csv.contains("\"'=HYPERLINK(\"\"http://contoh.invalid\"\",\"\"klik\"\")\""))
            #expect(!csv.contains(";=HYPERLINK"))
            #expect(!csv.contains("\n=HYPERLINK"))
        } else {
            #expect(csv.contains(",\"=HYPERLINK(\"\"http://contoh.invalid\"\",\"\"klik\"\")\""))
            #expect(!csv.contains("'=HYPERLINK"))
        }
        // The note's CRLF and quotes stay inside one quoted field.
        #expect(csv.contains("\"Baris satu\r\nbaris \"\"dua\"\"; 🍜 | *tebal* <b>\""))
        #expect(csv.hasPrefix("\u{FEFF}") == (profile == .excelIndonesia))
    }

    @Test func jsonCarriesTheExactText() throws {
        let json = try ReportExporter.render(ReportFixture.request(.assessment, .json), data: ReportFixture.data)
        let root = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let summary = try #require((root["summary"] as? [String: Any])?["summary"] as? [String: Any])
        #expect(summary["business"] as? String == ReportFixture.hostileName)
        let tables = try #require(root["tables"] as? [[String: Any]])
        let checklist = try #require(tables.first { $0["key"] as? String == "checklist" })
        let rows = try #require(checklist["rows"] as? [[String: Any]])
        #expect(rows[1]["item"] as? String == ReportFixture.hostileItem)
        #expect(rows[1]["note"] as? String == ReportFixture.hostileNote)
    }

    @Test(.enabled(if: ExternalTool.hasPoppler, "needs pdftotext"))
    func pdfPrintsMarkupAsText() throws {
        let folder = try TemporaryFolder()
        let pdf = try ReportExporter.render(ReportFixture.request(.assessment, .pdf), data: ReportFixture.data)
        let output = try ExternalTool.run("pdftotext", ["-enc", "UTF-8", try folder.write(pdf, "r.pdf"), "-"])
        let words = output.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(words.contains("<script>alert(\"x\")</script> & 'Kafé'"))
        // The item wraps after "http://" in its column; the words are all there.
        #expect(words.contains("=HYPERLINK(\"http://"))
        #expect(words.contains("contoh.invalid\",\"klik\")"))
    }
}
