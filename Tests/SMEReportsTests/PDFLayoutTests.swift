import Foundation
import SMEModel
import Testing
@testable import SMEReports
import SMEReportRequest

/// Where things land on the printed page, read back word by word with `pdftotext -bbox`:
/// wide tables turn the page, headers break only between words, numbers never break, and the
/// signature stays on the page of the last rows wherever the table happens to end.
@Suite(.enabled(if: ExternalTool.hasPoppler, "needs poppler-utils (pdftotext); .ci/run installs it"))
struct PDFLayoutTests {
    struct Word: Equatable {
        var text: String
        var x: Double
        var y: Double
        var right: Double
    }

    struct Page {
        var width: Double
        var height: Double
        var words: [Word]
        var text: String { words.map(\.text).joined(separator: " ") }
        var isLandscape: Bool { width > height }

        /// The words printed on the same baseline as `word`, left to right.
        func line(of word: Word) -> [Word] {
            words.filter { abs($0.y - word.y) < 1 }.sorted { $0.x < $1.x }
        }
    }

    static func pages(_ pdf: Data) throws -> [Page] {
        let folder = try TemporaryFolder()
        let output = try ExternalTool.run("pdftotext", ["-bbox", "-enc", "UTF-8", try folder.write(pdf, "report.pdf"), "-"])
        #expect(output.status == 0, "\(output.stderr)")
        var pages: [Page] = []
        for line in output.stdout.split(separator: "\n") {
            let line = line.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("<page ") {
                pages.append(Page(width: attribute("width", line), height: attribute("height", line), words: []))
            } else if line.hasPrefix("<word "), let open = line.firstIndex(of: ">"), let close = line.range(of: "</word>") {
                let text = String(line[line.index(after: open)..<close.lowerBound])
                    .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                    .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
                pages[pages.count - 1].words.append(Word(text: text, x: attribute("xMin", line), y: attribute("yMin", line), right: attribute("xMax", line)))
            }
        }
        return pages
    }

    static func attribute(_ name: String, _ line: String) -> Double {
        guard let start = line.range(of: " \(name)=\"") else { return .nan }
        return Double(line[start.upperBound...].prefix { $0 != "\"" }) ?? .nan
    }

    func surveyPDF(paper: PaperSize = .a4, language: Language = .id) throws -> [Page] {
        var request = ReportFixture.request(.survey, .pdf, language: language)
        request.paper = paper
        return try Self.pages(try ReportExporter.render(request, data: ReportFixture.data))
    }

    @Test func comparisonTablesTurnThePageAndTheSummaryStaysUpright() throws {
        let pages = try surveyPDF()
        #expect(!pages[0].isLandscape, "the first page with the letterhead and summary is portrait")
        let tablePage = try #require(pages.first { $0.text.contains("Tabel 1.") })
        #expect(tablePage.width > tablePage.height, "11 columns with intervals need the width")
        #expect(abs(tablePage.width - 841.89) < 0.1 && abs(tablePage.height - 595.28) < 0.1)
        let f4 = try surveyPDF(paper: .f4)
        let f4Table = try #require(f4.first { $0.text.contains("Tabel 1.") })
        #expect(abs(f4Table.width - 935.43) < 0.1 && abs(f4Table.height - 609.45) < 0.1)
    }

    /// Header words come out whole ("Persentase", not "Persen" + "tase") and the spanning
    /// "SK 95%" header sits above its two columns.
    @Test func headersBreakOnlyBetweenWords() throws {
        for (language, whole) in [(Language.id, ["Kelompok", "Jumlah", "Persentase", "Perubahan", "Bawah", "Atas", "perubahan"]),
                                  (.en, ["Group", "Count", "Share", "Change", "Low", "High"])] {
            let pages = try surveyPDF(language: language)
            let page = try #require(pages.first { $0.text.contains(language == .id ? "Tabel 1." : "Table 1.") })
            let words = Set(page.words.map(\.text))
            for word in whole { #expect(words.contains(word), "\(language): \(word) is split or missing") }
            let pieces = page.words.map(\.text).filter { piece in
                whole.contains { $0 != piece && $0.count > piece.count && $0.hasPrefix(piece) && piece.count > 2 }
            }
            #expect(pieces.isEmpty, "\(language): header fragments \(pieces)")
        }
        let page = try #require(try surveyPDF().first { $0.text.contains("Tabel 1.") })
        let span = try #require(page.words.first { $0.text == "SK" })
        let lower = try #require(page.words.first { $0.text == "Bawah" && $0.y > span.y })
        let upper = try #require(page.words.first { $0.text == "Atas" && $0.y > span.y })
        #expect(lower.x < upper.x)
        #expect(span.x >= lower.x - 40 && span.x <= upper.right, "the span header is centred over Bawah and Atas")
    }

    /// A share and its unit, a signed change and "pp", a date: each on one line of one cell.
    @Test func numbersAndTheirUnitsNeverBreak() throws {
        for page in try surveyPDF() {
            for (index, word) in page.words.enumerated() where word.text.range(of: #"^[+-]?\d+,\d$"#, options: .regularExpression) != nil {
                let next = page.words.indices.contains(index + 1) ? page.words[index + 1] : nil
                #expect(next?.text == "pp" && abs((next?.y ?? 0) - word.y) < 1, "\(word.text) lost its unit on page \(page.text.prefix(40))")
            }
            // A share broken inside leaves "37," followed by "5%", or a lone "%", "p" or sign.
            let texts = page.words.map(\.text)
            let pieces = texts.indices.filter { index in
                let text = texts[index]
                let next = texts.indices.contains(index + 1) ? texts[index + 1] : ""
                return ["%", "p", "+", "-"].contains(text)
                    || text.range(of: #"^[+-]?\d+,$"#, options: .regularExpression) != nil && next.first?.isNumber == true
                    || text.range(of: #"^,?\d?%$"#, options: .regularExpression) != nil && text != "0%"
            }.map { texts[$0] }
            #expect(pieces.isEmpty, "broken numbers \(pieces)")
        }
    }

    /// For checklists of every length from 1 to 60 items, the page that carries the signature
    /// also carries the last checklist row: the table's end moves across the page break and the
    /// signature moves with it, never alone on a page.
    @Test func signatureSharesAPageWithTheLastRows() throws {
        for count in 1...60 {
            let items = (1...count).map { number in
                ChecklistItem(key: String(format: "kul-%03d", number), text: "Butir \(number): pekerja memakai masker dan mencuci tangan dengan sabun",
                              textEn: "Item \(number)", required: true, source: "KMK 382/2020")
            }
            var checklist = ReportFixture.checklist
            checklist.sections = [ChecklistSection(key: "semua", title: "Semua butir", titleEn: "All items", items: items)]
            var assessment = ReportFixture.assessments[0]
            assessment.answers = Dictionary(uniqueKeysWithValues: items.map { ($0.key, ItemAnswer(value: .yes)) })
            let document = AssessmentReport(assessment: assessment, checklist: checklist, business: ReportFixture.businesses[0],
                                            registry: ReportFixture.registry, office: ReportFixture.office, language: .id,
                                            issuedOn: ReportFixture.issuedOn).document()
            let pages = try Self.pages(try PDFRenderer(paper: .a4).render(document))
            let last = String(format: "kul-%03d", count)
            let nip = "197001011995032001"
            let signaturePages = pages.indices.filter { pages[$0].words.contains { $0.text == nip } }
            let lastRowPages = pages.indices.filter { pages[$0].words.contains { $0.text == last } }
            #expect(signaturePages.count == 1, "\(count) items: the head's NIP is printed \(signaturePages.count) times")
            #expect(lastRowPages.last == signaturePages.first, "\(count) items: last row on page \(lastRowPages), signature on \(signaturePages)")
            // The whole block stays together: the place and date line, both titles and the NIPs.
            let page = try #require(signaturePages.first.map { pages[$0] })
            #expect(page.text.contains("Bandung, 2 Agustus 2020") && page.text.contains("Mengetahui,"), "\(count) items")
        }
    }
}
