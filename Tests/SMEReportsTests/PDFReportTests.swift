import Foundation
import SMEModel
import Testing
@testable import SMEReports
import SMEReportRequest

/// PDF through Cairo and Pango, checked with poppler's tools: the text extracts (accents, °C,
/// numbers), the page size is A4 or F4, fonts are embedded, long tables continue with their
/// header, and the same input gives the same bytes.
@Suite(.enabled(if: ExternalTool.hasPoppler, "needs poppler-utils (pdftotext, pdfinfo, pdffonts); .ci/run installs it"))
struct PDFReportTests {
    func pdf(_ request: ReportRequest, data: ReportData = ReportFixture.data) throws -> Data {
        try ReportExporter.render(request, data: data)
    }

    func text(_ pdf: Data, page: Int? = nil) throws -> String {
        let folder = try TemporaryFolder()
        let path = try folder.write(pdf, "report.pdf")
        let pages = page.map { ["-f", String($0), "-l", String($0)] } ?? []
        let output = try ExternalTool.run("pdftotext", pages + ["-enc", "UTF-8", path, "-"])
        #expect(output.status == 0, "\(output.stderr)")
        // Wrapped cells come out over several lines; compare words, not line breaks.
        return output.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    func info(_ pdf: Data) throws -> String {
        let folder = try TemporaryFolder()
        let output = try ExternalTool.run("pdfinfo", [try folder.write(pdf, "report.pdf")])
        #expect(output.status == 0, "\(output.stderr)")
        return output.stdout
    }

    @Test func assessmentTextExtractsWithAccentsNumbersAndPageNumbers() throws {
        let text = try text(try pdf(ReportFixture.request(.assessment, .pdf)))
        for expected in [
            "DINAS KOPERASI DAN USAHA KECIL", "Berita Acara Penilaian Protokol Kesehatan", "Kafé", "80,0%", "LULUS",
            "Suhu tubuh pekerja ≥ 37,3 °C dipulangkan", "36,8 °C",
            // Wrapped cells of neighbouring columns interleave in extraction; check words.
            "Pasang poster", "\"3M\"", "5 Agu",
            "Bandung, 2 Agustus 2020", "NIP 197001011995032001", "3273********0925", "Halaman 1 dari",
        ] {
            #expect(text.contains(expected), "missing \(expected)")
        }
        #expect(!text.contains("3273084806640925"), "the NIK must be masked by default")
    }

    @Test func englishReportSaysPageXOfN() throws {
        let document = try pdf(ReportFixture.request(.survey, .pdf, language: .en))
        let text = try text(document)
        #expect(text.contains("Survey Summary: Online Adoption of Small Businesses"))
        #expect(text.contains("37.5%"))
        #expect(text.contains("+12.5 pp"))
        #expect(text.contains("probability sample"))
        let pages = try info(document).split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .map { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) ?? 0 } ?? 0
        #expect(text.contains("Page 1 of \(pages)"))
        #expect(text.contains("Page \(pages) of \(pages)"))
    }

    @Test func a4AndF4PageSizes() throws {
        var request = ReportFixture.request(.sop, .pdf)
        #expect(try info(try pdf(request)).contains("595.276 x 841.89 pts (A4)"))
        request.paper = .f4
        #expect(try info(try pdf(request)).contains("609.449 x 935.433 pts"))
    }

    @Test func metadataAndEmbeddedFonts() throws {
        let document = try pdf(ReportFixture.request(.compliance, .pdf))
        let info = try info(document)
        #expect(info.contains("Title:           Laporan Kepatuhan Protokol Kesehatan"))
        #expect(info.contains("Creator:         smedash"))
        #expect(info.contains("CreationDate:    Tue Sep  1 00:00:00 2020"))
        let folder = try TemporaryFolder()
        let fonts = try ExternalTool.run("pdffonts", [try folder.write(document, "report.pdf")])
        let rows = fonts.stdout.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty)
        for row in rows {
            // Columns: name, type, encoding, emb, sub, uni, object id.
            let fields = row.split(separator: " ", omittingEmptySubsequences: true)
            #expect(fields.count >= 7 && fields[fields.count - 5] == "yes", "font not embedded: \(row)")
        }
    }

    @Test func twoRunsAreByteIdentical() throws {
        let request = ReportFixture.request(.assessment, .pdf)
        #expect(try pdf(request) == pdf(request))
    }

    @Test func longChecklistSpansPagesWithTheHeaderRepeated() throws {
        let items = (1...90).map { number in
            ChecklistItem(
                key: String(format: "kul-%03d", number),
                text: "Butir nomor \(number): pekerja mencuci tangan dengan sabun dan air mengalir sebelum dan sesudah melayani pelanggan",
                textEn: "Item \(number)", required: number % 3 == 0, source: "KMK HK.01.07/MENKES/382/2020")
        }
        var checklist = ReportFixture.checklist
        checklist.sections = [ChecklistSection(key: "semua", title: "Semua butir", titleEn: "All items", items: items)]
        let document = SOPTemplateReport(checklist: checklist, sectorName: "Kuliner", office: ReportFixture.office, language: .id,
                                         issuedOn: ReportFixture.issuedOn).document()
        let bytes = try PDFRenderer(paper: .a4).render(document)
        let pages = try info(bytes).split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .map { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) ?? 0 } ?? 0
        #expect(pages >= 4)
        for page in 2...pages - 1 {
            let text = try text(bytes, page: page)
            #expect(text.contains("No. Kode Butir"), "page \(page) lacks the repeated table header")
            #expect(text.contains("Halaman \(page) dari \(pages)"))
        }
        // Every item is printed exactly once: nothing lost or repeated at page breaks.
        let all = try text(bytes)
        for number in [1, 45, 90] {
            #expect(all.components(separatedBy: "kul-\(String(format: "%03d", number))").count == 2)
        }
    }
}
