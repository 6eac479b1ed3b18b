import Foundation
import SMEModel
import Testing
@testable import SMEReports
import SMEReportRequest

/// The assessment report is a berita acara: numbered from the office's pattern, opened with the
/// day, date and time of the visit, naming the place and the NIB, closed with the formula, and
/// signed by the owner (or the person in charge), the assessor and the head with their ranks.
struct BeritaAcaraTests {
    static let logo = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAD0lEQVR4nGNgSGFAIOI4AKK0BkHYjC4xAAAAAElFTkSuQmCC")!

    static var data: ReportData {
        var data = ReportFixture.data
        let stamp = FileStamp(device: 0, inode: 0, size: 0, modifiedNanoseconds: 0, contentHash: 0)
        var assessments = ReportFixture.assessments
        assessments[0].visitTime = "09:30"
        assessments[0].address = "Jl. Merdeka No. 12, Kota Bandung"
        assessments[0].personInCharge = "Dadang (pengelola)"
        assessments[0].assessor.rank = "Penata Muda Tk. I (III/b)"
        data.library.assessments = assessments.map { AssessmentFile(path: "assessments/\($0.key).json", assessment: $0, stamp: stamp) }
        data.office.head = OfficeProfile.Head(name: "Dr. H. Kusmana Hartadji, M.M.", nip: "196506121990031005",
                                              position: "Kepala Dinas", rank: "Pembina Utama Muda (IV/c)")
        data.office.recordNumber = "500/{seq}/Diskop-{region}/{roman-month}/{year}"
        return data
    }

    func document(_ language: Language = .id, data: ReportData = BeritaAcaraTests.data) throws -> ReportDocument {
        try ReportExporter.document(for: ReportFixture.request(.assessment, .pdf, language: language), data: data)
    }

    func summary(_ document: ReportDocument) -> [String: ReportCell] {
        for case .summary(_, _, let entries) in document.blocks {
            return Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        }
        return [:]
    }

    @Test func numberedFromTheOfficePatternAndTheYearsVisits() throws {
        // UMK-3273-00001's visit on 2 August is the second of 2020 in the fixture (after 30 July).
        #expect(try document().number == "500/002/Diskop-3273/VIII/2020")
        var data = Self.data
        data.office.recordNumber = nil
        #expect(try document(data: data).number == "002/BA-PROKES/3273/VIII/2020")
        #expect(RecordNumber.format("{seq}-{month}", sequence: 14, date: ISODate("2021-12-01")!, region: "", business: "") == "014-12")
    }

    @Test func opensWithTheDayDateAndTimeAndNamesThePlace() throws {
        let document = try document()
        guard case .paragraph(let opening)? = document.blocks.first else { Issue.record("no opening paragraph"); return }
        #expect(opening.hasPrefix("Pada hari ini Minggu, tanggal 2 Agustus 2020, pukul 09.30 WIB, petugas penilai"))
        let english = try self.document(.en)
        guard case .paragraph(let openingEN)? = english.blocks.first else { Issue.record("no opening paragraph"); return }
        #expect(openingEN.hasPrefix("On Sunday, 2 August 2020, at 09:30 (WIB), an assessor"))
        let entries = summary(document)
        #expect(entries["address"] == .text("Jl. Merdeka No. 12, Kota Bandung"))
        #expect(entries["visitTime"] == .term("09.30 WIB", code: "09:30"))
        #expect(entries["nib"] != nil)
    }

    @Test func closesWithTheFormulaAndThreeSignatoriesWithRanks() throws {
        let document = try document()
        let paragraphs = document.blocks.compactMap { if case .paragraph(let text) = $0 { text } else { nil } }
        #expect(paragraphs.last == "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.")
        guard case .signature(let block)? = document.blocks.last else { Issue.record("no signature"); return }
        #expect(block.date == ISODate("2020-08-02"), "signed on the visit day")
        #expect(block.signatories.map(\.name) == ["Dadang (pengelola)", "Rina Marlina, S.Sos.", "Dr. H. Kusmana Hartadji, M.M."])
        #expect(block.signatories.map(\.printedRank) == [nil, "Penata Muda Tk. I (III/b)", "Pembina Utama Muda (IV/c)"])
        #expect(block.signatories[0].nipLine(.id) == nil, "the owner has no NIP line")
    }

    @Test(.enabled(if: ExternalTool.hasPoppler, "needs poppler-utils"))
    func pdfCarriesTheLogoRanksAndNoBrokenNIP() throws {
        var data = Self.data
        data.office.logo = "logo.png"
        data.office.logoPNG = Self.logo
        let pdf = try ReportExporter.render(ReportFixture.request(.assessment, .pdf), data: data)
        let folder = try TemporaryFolder()
        let path = try folder.write(pdf, "ba.pdf")
        let images = try ExternalTool.run("pdfimages", ["-list", path])
        #expect(images.stdout.split(separator: "\n").count == 3, "one image under the two header lines: \(images.stdout)")
        let pages = try PDFLayoutTests.pages(pdf)
        let last = try #require(pages.last)
        for expected in ["Nomor: 500/002/Diskop-3273/VIII/2020", "Pembina Utama Muda (IV/c)", "Penata Muda Tk. I (III/b)",
                         "NIP 196506121990031005", "NIP 198310152010012015", "Dadang (pengelola)"] {
            #expect((pages.map(\.text).joined(separator: " ")).contains(expected), "missing \(expected)")
        }
        // Both NIPs sit on one line each, on the same baseline.
        let nips = last.words.filter { $0.text == "196506121990031005" || $0.text == "198310152010012015" }
        #expect(nips.count == 2 && abs(nips[0].y - nips[1].y) < 1)
    }

    @Test func htmlEmbedsTheLogoAndMarkdownPrintsTheNumber() throws {
        var data = Self.data
        data.office.logoPNG = Self.logo
        let html = String(decoding: try ReportExporter.render(ReportFixture.request(.assessment, .html), data: data), as: UTF8.self)
        #expect(html.contains("<img class=\"logo\" alt=\"\" src=\"data:image/png;base64,\(Self.logo.base64EncodedString())\">"))
        #expect(html.contains("<p class=\"nip\">Pembina Utama Muda (IV/c)<br>NIP 196506121990031005</p>"))
        let markdown = String(decoding: try ReportExporter.render(ReportFixture.request(.assessment, .md), data: data), as: UTF8.self)
        #expect(markdown.contains("Nomor: 500/002/Diskop-3273/VIII/2020"))
    }

    /// The logo's name is untrusted: only a PNG beside office.json, by a plain file name.
    @Test func logoMustBeAPNGBesideTheOfficeFile() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write(Self.logo, "logo.png")
        _ = try folder.write(Data("not a png".utf8), "fake.png")
        func office(_ logo: String) throws -> String {
            var office = ReportFixture.office
            office.logo = logo
            return try folder.write(try CanonicalJSON.encode(office), "office.json")
        }
        #expect(try OfficeProfile.load(try office("logo.png")).logoPNG == Self.logo)
        for bad in ["../logo.png", "/etc/passwd", "sub/logo.png", "fake.png", "missing.png"] {
            #expect(throws: ReportError.self, "\(bad)") { try OfficeProfile.load(try office(bad)) }
        }
    }

    @Test func aVisitTimeThatIsNotAClockTimeIsAValidationError() {
        var assessment = ReportFixture.assessments[0]
        assessment.visitTime = "9.30"
        let issues = AssessmentValidator.validate(assessment, against: ReportFixture.checklist)
        #expect(issues.contains { $0.path == "visitTime" && $0.severity == .error })
        assessment.visitTime = "09:30"
        #expect(!AssessmentValidator.validate(assessment, against: ReportFixture.checklist).contains { $0.path == "visitTime" })
    }

    @Test(arguments: [("09:30", true), ("23:59", true), ("00:00", true), ("24:00", false), ("9:30", false), ("09.30", false), ("", false)])
    func visitTimeIsAClockTime(_ time: String, _ valid: Bool) {
        #expect(AssessmentValidator.isClockTime(time) == valid)
    }
}
